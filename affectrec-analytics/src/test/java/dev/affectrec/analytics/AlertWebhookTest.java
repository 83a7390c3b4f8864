package dev.affectrec.analytics;

import static dev.affectrec.analytics.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.affectrec.analytics.alert.Alert;
import dev.affectrec.analytics.alert.AlertEvidence;
import dev.affectrec.analytics.alert.AlertExample;
import dev.affectrec.analytics.alert.AlertScope;
import dev.affectrec.analytics.alert.AlertWebhook;
import dev.affectrec.analytics.alert.NegativeCounts;
import dev.affectrec.api.InputException;
import dev.affectrec.api.emotion.Emotion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts to a real HTTP listener on the loopback interface. */
class AlertWebhookTest {
  private final BlockingQueue<String[]> received = new ArrayBlockingQueue<>(10);
  private HttpServer server;
  private int status = 204;

  @BeforeEach
  void listen() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new String[] {
                exchange.getRequestMethod(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(body, java.nio.charset.StandardCharsets.UTF_8)
              });
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private static Alert alert() {
    Instant t = Instant.parse("2024-03-01T00:00:00Z");
    ReadReview r = review("u", "B01", t, Emotion.ANGER, "it leaks");
    return new Alert(
        AlertScope.ITEM,
        "B01",
        Emotion.ANGER,
        12.5,
        new AlertEvidence(
            t.minusSeconds(7 * 86_400),
            t,
            new NegativeCounts(40, 4),
            new NegativeCounts(15, 14),
            0.1,
            0.999,
            Map.of(Emotion.ANGER, 14, Emotion.JOY, 1),
            List.of(new AlertExample(r.eventId(), "B01", t, Emotion.ANGER, r.text()))));
  }

  @Test
  void postsTheAlertsAsJson() throws Exception {
    assertThat(new AlertWebhook(url()).post(List.of(alert()))).isTrue();

    String[] request = received.poll(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request[0]).isEqualTo("POST");
    assertThat(request[1]).isEqualTo("application/json");
    JsonNode body = new ObjectMapper().readTree(request[2]);
    JsonNode first = body.get("alerts").get(0);
    assertThat(first.get("scope").asText()).isEqualTo("item");
    assertThat(first.get("id").asText()).isEqualTo("B01");
    assertThat(first.get("emotion").asText()).isEqualTo("anger");
    assertThat(first.at("/evidence/after/negative").asInt()).isEqualTo(14);
    assertThat(first.at("/evidence/examples/0/text").asText()).isEqualTo("it leaks");
  }

  @Test
  void nothingIsPostedWithoutAlertsAndARefusalIsAnError() throws Exception {
    assertThat(new AlertWebhook(url()).post(List.of())).isFalse();
    assertThat(received).isEmpty();

    status = 500;
    assertThatThrownBy(() -> new AlertWebhook(url()).post(List.of(alert())))
        .isInstanceOf(AlertWebhook.WebhookException.class)
        .hasMessageContaining("answered 500")
        .hasMessageContaining("127.0.0.1:" + server.getAddress().getPort())
        .hasMessageNotContaining("/hook") // the path may hold a secret token
        .extracting(e -> ((AlertWebhook.WebhookException) e).status())
        .isEqualTo(500);
    assertThatThrownBy(() -> new AlertWebhook("file:///etc/passwd"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("http");
  }
}
