package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.serving.ServingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh server on an empty store, as {@code affectrec serve} starts it (default serving options,
 * retraining every 10 minutes): the first accepted batch is served at once (most popular) and
 * trains the first model by itself.
 */
class FirstRunTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration PATIENCE = Duration.ofSeconds(90);

  @TempDir Path dir;
  HttpFixture http;

  @BeforeEach
  void start() {
    http = new HttpFixture(dir, ServingOptions.DEFAULTS);
  }

  @AfterEach
  void stop() {
    http.close();
  }

  private static String purchase(String id, String user, String item, long minute) {
    return RecommendationEndpointsTest.event(id, user, item, "purchase", minute);
  }

  /**
   * 216 purchases: users a0..a11 buy 9 consecutive items of A0..A17, users b0..b11 of B0..B17, as
   * JSON arrays of {@code batches} batches.
   */
  private static List<String> shop(int batches) {
    List<String> events = new ArrayList<>();
    for (String c : List.of("a", "b")) {
      for (int u = 0; u < 12; u++) {
        for (int k = 0; k < 9; k++) {
          String item = c.toUpperCase() + ((u + k) % 18);
          events.add(purchase(c + u + "-" + k, c + u, item, events.size()));
        }
      }
    }
    List<String> out = new ArrayList<>();
    int per = (events.size() + batches - 1) / batches;
    for (int i = 0; i < events.size(); i += per) {
      out.add("[" + String.join(",", events.subList(i, Math.min(events.size(), i + per))) + "]");
    }
    return out;
  }

  private JsonNode recommend(String user) throws IOException, InterruptedException {
    return http.getJson("/v1/users/" + user + "/recommendations?k=5");
  }

  /** Polls until the first model serves; every answer on the way must be a 200. */
  private List<JsonNode> untilTheModelServes(String user) throws Exception {
    List<JsonNode> answers = new ArrayList<>();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    do {
      answers.add(recommend(user));
      if (!answers.get(answers.size() - 1).get("model").isNull()) {
        return answers;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no model within " + PATIENCE + "; last answer " + answers.get(0));
  }

  @Test
  void theFirstBatchIsServedAtOnceAndTrainsTheFirstModel() throws Exception {
    assertThat(http.post("/v1/events", shop(1).get(0)).statusCode()).isEqualTo(200);

    List<JsonNode> answers = untilTheModelServes("a3");
    JsonNode first = answers.get(0);
    if (first.get("source").asText().equals("popular")) {
      assertThat(first.get("model").isNull()).isTrue();
      assertThat(first.get("policySource").asText()).isEqualTo("default");
      assertThat(first.get("items")).hasSize(5);
      JsonNode reason = first.get("items").get(0).get("reasons").get(0);
      assertThat(reason.get("type").asText()).isEqualTo("popular_with");
      assertThat(reason.get("text").asText()).startsWith("Popular right now");
      assertThat(reason.get("textZh").asText()).startsWith("当前热门");
    }
    JsonNode last = answers.get(answers.size() - 1);
    assertThat(last.get("source").asText()).isEqualTo("model");
    JsonNode manifest = JSON.readTree(http.get("/v1/models/current").body());
    assertThat(last.get("model").asText()).isEqualTo(manifest.get("version").asText());
    assertThat(manifest.get("events").asLong()).isEqualTo(216);
    // MMR diversity may add an item of the other cluster; relevance leads.
    assertThat(last.get("items").get(0).get("item").asText()).startsWith("A");
  }

  @Test
  void concurrentBatchesTrainOneModel() throws Exception {
    List<String> batches = shop(8);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(batches.size());
    try {
      List<Future<Integer>> posted = new ArrayList<>();
      for (String batch : batches) {
        posted.add(
            pool.submit(
                () -> {
                  go.await();
                  return http.post("/v1/events", batch).statusCode();
                }));
      }
      go.countDown();
      for (Future<Integer> f : posted) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    String version = untilTheModelServes("b2").get(0).get("model").asText("");
    Thread.sleep(1_500); // a second training, had one been queued, would have started by now
    JsonNode manifest = JSON.readTree(http.get("/v1/models/current").body());
    assertThat(manifest.get("training").asBoolean()).isFalse();
    try (Stream<Path> models = Files.list(dir.resolve("models"))) {
      assertThat(models.filter(Files::isDirectory).count()).isEqualTo(1);
    }
    if (!version.isEmpty()) {
      assertThat(manifest.get("version").asText()).isEqualTo(version);
    }
  }

  @Test
  void usersTheModelHasNotSeenButWhoHaveEventsGetAnswers() throws Exception {
    http.post("/v1/events", shop(1).get(0));
    untilTheModelServes("a1");

    String newbie =
        "["
            + purchase("n1", "newbie", "B1", 9_000)
            + ","
            + purchase("n2", "newbie", "B3", 9_001)
            + ","
            + purchase("n3", "newbie", "B5", 9_002)
            + "]";
    assertThat(http.post("/v1/events", newbie).statusCode()).isEqualTo(200);
    JsonNode folded = recommend("newbie");
    assertThat(folded.get("source").asText()).isEqualTo("model");
    assertThat(HttpFixture.items(folded)).doesNotContain("B1", "B3", "B5");
    assertThat(HttpFixture.items(folded)).anyMatch(i -> i.startsWith("B"));

    http.post(
        "/v1/events",
        "{\"id\":\"s1\",\"user\":\"searcher\",\"type\":\"search\",\"time\":\"2026-11-01T00:00:00Z\","
            + "\"text\":\"something warm\"}");
    JsonNode cold = recommend("searcher");
    assertThat(cold.get("source").asText()).isEqualTo("cold_start");
    assertThat(http.get("/v1/users/nobody/recommendations").statusCode()).isEqualTo(404);
  }
}
