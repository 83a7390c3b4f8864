package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEmotionEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String review(String id, String user, String text) {
    return EventJson.of(
        id,
        user,
        "review",
        java.time.Instant.now().minusSeconds(60),
        ",\"value\":1,\"text\":\"" + text + "\"");
  }

  @Test
  void readsOneTextAndABatchInOrder() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      HttpResponse<String> one =
          http.post("/v1/emotion/text", "{\"text\":\"I absolutely love this, it made my day!\"}");
      assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
      JsonNode reading = JSON.readTree(one.body());
      assertThat(reading.get("language").asText()).isEqualTo("en");
      assertThat(reading.get("polarity").get("label").asText()).isEqualTo("positive");
      assertThat(reading.get("emotions").size()).isEqualTo(7);

      JsonNode batch =
          JSON.readTree(
              http.post(
                      "/v1/emotion/text", "{\"texts\":[\"太生气了，两天就坏了！\",\"\",\"Привет, как дела\"]}")
                  .body());
      assertThat(batch).hasSize(3);
      assertThat(batch.get(0).get("language").asText()).isEqualTo("zh");
      assertThat(batch.get(0).get("polarity").get("label").asText()).isEqualTo("negative");
      assertThat(batch.get(1).get("confidence").asDouble()).isZero();
      assertThat(batch.get(2).get("language").asText()).isEqualTo("unsupported");
    }
  }

  @Test
  void aLongTextIsReadUpToTheLimitAndTheReadingSaysSo() throws Exception {
    String text = "It broke after two days and I am furious. ".repeat(25_000); // ~1 MB
    try (HttpFixture http = new HttpFixture(dir)) {
      HttpResponse<String> response =
          http.post("/v1/emotion/text", JSON.writeValueAsString(java.util.Map.of("text", text)));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode reading = JSON.readTree(response.body());
      assertThat(reading.get("truncated").asBoolean()).isTrue();
      assertThat(reading.get("charactersRead").asInt())
          .isEqualTo(dev.affectrec.server.emotion.TextEmotionHandlers.MAX_TEXT_CHARS);
      assertThat(reading.get("characters").asInt()).isEqualTo(text.length());
      assertThat(reading.get("polarity").get("label").asText()).isEqualTo("negative");

      JsonNode whole =
          JSON.readTree(http.post("/v1/emotion/text", "{\"texts\":[\"fine\"]}").body());
      assertThat(whole.get(0).get("truncated").asBoolean()).isFalse();
      assertThat(whole.get(0).has("charactersRead")).isFalse();
    }
  }

  @Test
  void aRequestAskingToReadTooMuchIs413NamingTheLimit() throws Exception {
    int limit = dev.affectrec.server.emotion.TextEmotionHandlers.MAX_REQUEST_CHARS;
    int each = dev.affectrec.server.emotion.TextEmotionHandlers.MAX_TEXT_CHARS;
    // each text counts up to the per-text limit, however long it is
    List<String> texts = java.util.Collections.nCopies(limit / each + 1, "a".repeat(each * 10));
    try (HttpFixture http = new HttpFixture(dir)) {
      HttpResponse<String> response =
          http.post("/v1/emotion/text", JSON.writeValueAsString(java.util.Map.of("texts", texts)));
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(JSON.readTree(response.body()).get("detail").asText())
          .contains(String.valueOf(limit));
      List<String> atTheLimit = java.util.Collections.nCopies(limit / each, "a".repeat(each * 10));
      assertThat(
              http.post(
                      "/v1/emotion/text",
                      JSON.writeValueAsString(java.util.Map.of("texts", atTheLimit)))
                  .statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void badTextRequestsAreNamed() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      assertThat(http.post("/v1/emotion/text", "{\"text\":5}").statusCode()).isEqualTo(400);
      assertThat(http.post("/v1/emotion/text", "{\"texts\":[]}").statusCode()).isEqualTo(400);
      assertThat(http.post("/v1/emotion/text", "{\"words\":\"x\"}").statusCode()).isEqualTo(400);
      JsonNode bad = JSON.readTree(http.post("/v1/emotion/text", "{\"texts\":[\"ok\",7]}").body());
      assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("texts[1]");
      String many = "{\"texts\":[" + "\"a\",".repeat(300) + "\"a\"]}";
      assertThat(http.post("/v1/emotion/text", many).statusCode()).isEqualTo(413);
    }
  }

  @Test
  void ingestedReviewsGetStoredReadingsUnlessTextConsentIsWithdrawn() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      assertThat(
              http.post(
                      "/v1/events",
                      review("r1", "angry", "Terrible, it broke after two days. I am furious!"))
                  .statusCode())
          .isEqualTo(200);
      http.post("/v1/events", review("seed", "private", "seed"));
      assertThat(http.server.awaitReadings(60_000)).isTrue();
      http.put("/v1/users/private/consent", "{\"text\":false}");
      http.post("/v1/events", review("r2", "private", "I love it so much"));
      assertThat(http.server.awaitReadings(60_000)).isTrue();

      List<EmotionReading> readings = http.store.readingsOf(Subject.user("angry"), 10);
      assertThat(readings)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.modality()).isEqualTo(Modality.TEXT);
                assertThat(r.sourceEventId()).isEqualTo("r1");
                assertThat(r.valence()).isNegative();
              });
      assertThat(http.store.readingsOf(Subject.user("private"), 10))
          .extracting(EmotionReading::sourceEventId)
          .containsExactly("seed");
      JsonNode state = JSON.readTree(http.get("/v1/users/angry/emotion").body()).get("state");
      assertThat(state.get("contributions").findValuesAsText("modality")).containsExactly("text");
      assertThat(state.get("valence").asDouble()).isNegative();
    }
  }

  @Test
  void itemProfileAggregatesTheReadingsOfItsReviews() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      String batch =
          "["
              + review("k1", "ann", "Terrible kettle, it broke after two days. I am furious!")
                  .replace("\"i1\"", "\"kettle\"")
              + ","
              + review("k2", "bob", "Awful, it leaks and smells disgusting.")
                  .replace("\"i1\"", "\"kettle\"")
              + "]";
      assertThat(http.post("/v1/events", batch).statusCode()).isEqualTo(200);
      assertThat(http.server.awaitReadings(60_000)).isTrue();
      JsonNode profile = JSON.readTree(http.get("/v1/items/kettle/emotion").body());
      assertThat(profile.get("readings").asInt()).isEqualTo(2);
      assertThat(profile.get("valence").asDouble()).isNegative();
      assertThat(profile.get("polarity").get("negative").asInt()).isEqualTo(2);
      assertThat(profile.get("emotions").size()).isEqualTo(7);
      HttpResponse<String> unknown = http.get("/v1/items/nothing/emotion");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(unknown.body()).get("detail").asText()).startsWith("no item");
    }
  }
}
