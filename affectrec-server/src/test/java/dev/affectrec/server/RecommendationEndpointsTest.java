package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationEndpointsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

  @TempDir java.nio.file.Path dir;
  HttpFixture http;

  @BeforeEach
  void start() {
    http = new HttpFixture(dir, ServingOptions.DEFAULTS.withRetrainInterval(Duration.ZERO));
  }

  @AfterEach
  void stop() {
    http.close();
  }

  /** A JSON event at {@code minute} after {@link #T0}, from a mobile app. */
  static String event(String id, String user, String item, String type, long minute) {
    return "{\"id\":\""
        + id
        + "\",\"user\":\""
        + user
        + "\",\"item\":\""
        + item
        + "\",\"type\":\""
        + type
        + "\",\"time\":\""
        + T0.plusSeconds(60 * minute)
        + "\",\"context\":{\"device\":\"mobile\",\"channel\":\"app\"}}";
  }

  /** Users a0..a19 buy items A*, b0..b19 buy B*, at random minutes of a month (seeded). */
  private void twoClusters() throws Exception {
    Random random = new Random(7);
    List<String> events = new ArrayList<>();
    for (String c : List.of("a", "b")) {
      for (int u = 0; u < 20; u++) {
        for (int k = 0; k < 8; k++) {
          events.add(
              event(
                  "e" + events.size(),
                  c + u,
                  c.toUpperCase() + random.nextInt(20),
                  "purchase",
                  random.nextInt(43_200)));
        }
      }
    }
    assertThat(http.post("/v1/events", "[" + String.join(",", events) + "]").statusCode())
        .isEqualTo(200);
  }

  private JsonNode retrain() throws Exception {
    HttpResponse<String> r = http.post("/v1/models/retrain?wait=true", "");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private JsonNode recommend(String query) throws Exception {
    return http.getJson("/v1/users/" + query);
  }

  @Test
  void beforeAnyDataThereIsNoModelAndTrainingSaysWhy() throws Exception {
    // the attempt to train at start (on no data) may still be running on a loaded machine
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (http.server.recommendations().orElseThrow().training() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    HttpResponse<String> none = http.get("/v1/users/a0/recommendations");
    assertThat(none.statusCode()).isEqualTo(503);
    assertThat(none.body()).contains("no model yet");
    assertThat(http.get("/v1/models/current").statusCode()).isEqualTo(503);
    HttpResponse<String> train = http.post("/v1/models/retrain?wait=true", "");
    assertThat(train.statusCode()).isEqualTo(409);
    assertThat(train.body()).contains("no interactions to train on");
  }

  @Test
  void theEmotionOfAMonthsOldHistoryIsReadAtTheUsersNewestEventNotNow() throws Exception {
    twoClusters();
    retrain();
    http.store.putReadings(
        List.of(
            EmotionReading.derived(
                Modality.TEXT,
                Subject.user("a3"),
                T0.plus(Duration.ofDays(30)),
                EmotionDistribution.pointMass(Emotion.JOY),
                PolarityScores.normalised(0, 0, 1),
                0.5,
                0.9,
                "test",
                null)));
    JsonNode emotion = recommend("a3/recommendations?k=2&policy=neutral").get("emotion");
    assertThat(emotion.get("top").asText()).isEqualTo("joy");
    assertThat(emotion.get("confidence").asDouble()).isGreaterThan(0);
  }

  @Test
  void servesExplainedRecommendationsFromTheTrainedModel() throws Exception {
    twoClusters();
    JsonNode manifest = retrain();
    assertThat(manifest.get("events").asLong()).isEqualTo(320);
    assertThat(manifest.get("upToDate").asBoolean()).isTrue();
    assertThat(manifest.get("metrics").has("hybrid.ndcg@10")).isTrue();
    // Purchases say nothing about satisfaction: every checked user counts as happy.
    assertThat(manifest.get("metrics").get("hybrid.happy-ndcg@10").asDouble())
        .isEqualTo(manifest.get("metrics").get("hybrid.ndcg@10").asDouble());
    assertThat(manifest.get("metrics").get("hybrid.unhappy-per-1k@10").asDouble()).isZero();

    JsonNode rec = recommend("a3/recommendations?k=4&policy=neutral&device=mobile&channel=app");
    assertThat(rec.get("user").asText()).isEqualTo("a3");
    assertThat(rec.get("policy").asText()).isEqualTo("neutral");
    assertThat(rec.get("policySource").asText()).isEqualTo("request");
    assertThat(rec.get("model").asText()).isEqualTo(manifest.get("version").asText());
    assertThat(rec.get("emotion").has("valence")).isTrue();
    assertThat(rec.get("items")).hasSize(4);
    assertThat(rec.get("items").get(0).get("item").asText()).startsWith("A");
    rec.get("items")
        .forEach(
            i -> {
              assertThat(i.get("reasons")).isNotEmpty();
              assertThat(i.get("reasons").get(0).get("text").asText()).isNotBlank();
              assertThat(i.get("reasons").get(0).get("textZh").asText()).isNotBlank();
            });
    assertThat(JSON.readTree(http.get("/v1/models/current").body()).get("version"))
        .isEqualTo(manifest.get("version"));
  }

  @Test
  void anEventChangesTheAnswerAtOnceWithoutRetraining() throws Exception {
    twoClusters();
    retrain();
    Set<String> before = HttpFixture.items(recommend("a3/recommendations?k=5&policy=neutral"));
    assertThat(before).allMatch(i -> i.startsWith("A"));
    List<String> switched = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      switched.add(event("s" + i, "a3", "B" + i, "purchase", 50_000 + i));
    }
    http.post("/v1/events", "[" + String.join(",", switched) + "]");
    JsonNode after = recommend("a3/recommendations?k=5&policy=neutral");
    assertThat(HttpFixture.items(after)).anyMatch(i -> i.startsWith("B"));
    assertThat(HttpFixture.items(after)).doesNotContain("B0", "B1", "B2", "B3");
    assertThat(JSON.readTree(http.get("/v1/models/current").body()).get("upToDate").asBoolean())
        .isFalse();
  }

  @Test
  void aNewItemIsRecommendableAtOnceToANewUserKnownByASearch() throws Exception {
    twoClusters();
    retrain();
    assertThat(
            http.put(
                    "/v1/items/Z9",
                    "{\"id\":\"Z9\",\"title\":\"Deluxe wool scarf\",\"description\":\"warm winter wool\"}")
                .statusCode())
        .isEqualTo(200);
    http.post(
        "/v1/events",
        "{\"id\":\"q1\",\"user\":\"newbie\",\"type\":\"search\",\"time\":\"2026-11-01T00:00:00Z\","
            + "\"text\":\"a warm wool scarf\"}");
    JsonNode rec = recommend("newbie/recommendations?k=3&policy=neutral");
    assertThat(rec.get("items").get(0).get("item").asText()).isEqualTo("Z9");
  }

  @Test
  void theBanditChoosesAndLearnsFromClicks() throws Exception {
    twoClusters();
    retrain();
    JsonNode rec = recommend("a1/recommendations?k=3");
    assertThat(rec.get("policySource").asText()).isEqualTo("bandit");
    String policy = rec.get("policy").asText();
    String segment = rec.get("segment").asText();
    String item = rec.get("items").get(0).get("item").asText();
    http.post("/v1/events", event("c1", "a1", item, "recommendation_clicked", 60_000));
    JsonNode arm =
        JSON.readTree(http.get("/v1/bandit").body()).get("segments").get(segment).get(policy);
    assertThat(arm.get("chosen").asDouble()).isEqualTo(1.0);
    assertThat(arm.get("alpha").asDouble()).isEqualTo(2.0);
  }

  @Test
  void badRequestsNameTheParameterOrTheUser() throws Exception {
    twoClusters();
    retrain();
    HttpResponse<String> k = http.get("/v1/users/a1/recommendations?k=0");
    assertThat(k.statusCode()).isEqualTo(400);
    assertThat(k.body()).contains("\"k\"");
    HttpResponse<String> notANumber = http.get("/v1/users/a1/recommendations?k=ten");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body()).contains("ten");
    HttpResponse<String> policy = http.get("/v1/users/a1/recommendations?policy=cheerful");
    assertThat(policy.statusCode()).isEqualTo(400);
    assertThat(policy.body()).contains("cheerful").contains("mood-regulating");
    HttpResponse<String> user = http.get("/v1/users/nobody/recommendations");
    assertThat(user.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(user.body()).get("detail").asText()).startsWith("no user");
    assertThat(http.post("/v1/models/retrain?wait=maybe", "").statusCode()).isEqualTo(400);
  }

  @Test
  void retrainingNeedsAdminAndAnErasedUserIsGoneAtOnce() throws Exception {
    twoClusters();
    retrain();
    http.key = http.server.keys().create(Role.READ, "reader").key();
    assertThat(http.post("/v1/models/retrain", "").statusCode()).isEqualTo(403);
    assertThat(http.get("/v1/users/a2/recommendations").statusCode()).isEqualTo(200);
    http.key = http.server.keys().create(Role.ADMIN, "admin2").key();
    assertThat(http.delete("/v1/users/a2").statusCode()).isIn(200, 204);
    assertThat(http.get("/v1/users/a2/recommendations").statusCode()).isEqualTo(404);
  }
}
