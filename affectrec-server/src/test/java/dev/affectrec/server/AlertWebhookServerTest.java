package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's alert webhook against a real HTTP receiver on the loopback interface: new alerts are
 * posted once each by the periodic check, a refused post is retried, and requests to the server are
 * answered while the receiver holds a post.
 */
class AlertWebhookServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");
  private static final Duration EVERY = Duration.ofMillis(200);

  @TempDir Path dir;

  /** Status and body of every request the receiver got, in order. */
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  /** How many of the first requests are answered 503. */
  private final AtomicInteger refuse = new AtomicInteger();

  /** When set, the receiver holds each request until it is counted down. */
  private volatile CountDownLatch hold;

  private HttpServer receiver;

  private record Received(int status, JsonNode body) {}

  @BeforeEach
  void listen() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    receiver.createContext(
        "/secret-token/alerts",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          CountDownLatch latch = hold;
          if (latch != null) {
            try {
              latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          int status = refuse.getAndDecrement() > 0 ? 503 : 204;
          received.add(new Received(status, JSON.readTree(body)));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/secret-token/alerts";
  }

  /** 40 days of reviews of soap and comb; {@code angry} turns angry in the last 3 days. */
  private static void reviews(EventStore store, String angry, int days) {
    List<Event> events = new ArrayList<>();
    List<EmotionReading> readings = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      for (String item : List.of("soap", "comb")) {
        boolean late = day >= days - 3 && item.equals(angry);
        for (int n = 0; n < (late ? 4 : 1); n++) {
          String id = item + "-" + angry + "-" + day + "-" + n;
          String user = late ? "v" + n : "u" + day % 7;
          Instant time = START.plus(Duration.ofDays(day));
          String text = late ? "The smell is awful and the bottle leaked" : "Nice smell";
          events.add(new Event(id, user, item, EventType.REVIEW, time, 4.0, text, null));
          readings.add(
              UserReadings.pointMass(
                  user,
                  Modality.TEXT,
                  time,
                  late ? Emotion.ANGER : Emotion.JOY,
                  PolarityScores.NEUTRAL,
                  id));
        }
      }
    }
    store.append(events);
    store.putReadings(readings);
  }

  /** The next request the receiver answered 2xx, after any refused ones (which are returned). */
  private List<Received> untilAccepted() throws InterruptedException {
    List<Received> seen = new ArrayList<>();
    while (true) {
      Received r = received.poll(30, TimeUnit.SECONDS);
      assertThat(r).as("a post reached the receiver").isNotNull();
      seen.add(r);
      if (r.status() / 100 == 2) {
        return seen;
      }
    }
  }

  private static List<String> ids(Received r) {
    List<String> ids = new ArrayList<>();
    r.body()
        .get("alerts")
        .forEach(a -> ids.add(a.get("scope").asText() + ":" + a.get("id").asText()));
    return ids;
  }

  @Test
  void newAlertsArePostedOnceEachWithRetriesAndWithoutBlockingRequests() throws Exception {
    // Stored before the server starts, with their readings, so no text needs the text model.
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      reviews(store, "soap", 40);
    }
    refuse.set(1);
    ServerConfig config = ServerConfig.loopback(0).withAlertWebhook(url(), EVERY);
    try (HttpFixture http = new HttpFixture(dir, config)) {

      List<Received> first = untilAccepted();
      assertThat(first).extracting(Received::status).containsExactly(503, 204);
      assertThat(ids(first.get(0))).containsExactly("item:soap");
      assertThat(ids(first.get(1))).as("the refused post is retried").containsExactly("item:soap");
      JsonNode alert = first.get(1).body().at("/alerts/0");
      assertThat(alert.get("emotion").asText()).isEqualTo("anger");
      assertThat(alert.at("/evidence/after/negative").asInt()).isEqualTo(12);
      assertThat(alert.at("/evidence/examples/0/text").asText()).contains("bottle leaked");

      // Many checks later soap is still flagged, but it was posted already.
      Thread.sleep(EVERY.toMillis() * 8);
      assertThat(received).as("no alert is posted twice").isEmpty();
      assertThat(http.getJson("/v1/analytics/alerts").get("alerts")).hasSize(1);

      // Comb turns angry a day later; the receiver now holds the post while the server answers.
      hold = new CountDownLatch(1);
      reviews(http.store, "comb", 41);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      JsonNode standing;
      do {
        standing = http.getJson("/v1/analytics/alerts").get("alerts");
      } while (standing.size() < 2 && System.nanoTime() < deadline);
      assertThat(standing).hasSize(2);
      Thread.sleep(EVERY.toMillis() * 3); // a check is now waiting on the receiver
      assertThat(http.get("/v1/stats").statusCode())
          .as("requests are answered while the webhook is held")
          .isEqualTo(200);
      hold.countDown();
      List<Received> second = untilAccepted();
      assertThat(second).hasSize(1);
      assertThat(ids(second.get(0))).containsExactly("item:comb");
    }
  }
}
