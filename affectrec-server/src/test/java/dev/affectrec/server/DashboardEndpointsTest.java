package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String event(String id, String type, Instant time) {
    return EventJson.of(id, "u1", type, time, "");
  }

  private static EmotionReading reading(Modality modality, Instant time, Emotion top) {
    return UserReadings.pointMass(modality, time, top, PolarityScores.normalised(0, 0, 1), null);
  }

  @Test
  void summaryCountsEventsPerDayAndTheEmotionMixOfTheWindow() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS).plusSeconds(60);
      Instant twoDaysAgo = today.minus(2, ChronoUnit.DAYS);
      Instant longAgo = today.minus(400, ChronoUnit.DAYS);
      assertThat(
              http.post(
                      "/v1/events",
                      "["
                          + event("e1", "view", today)
                          + ","
                          + event("e2", "click", today)
                          + ","
                          + event("e3", "view", twoDaysAgo)
                          + ","
                          + event("e4", "view", longAgo)
                          + "]")
                  .statusCode())
          .isBetween(200, 299);
      http.store.putReadings(
          List.of(
              reading(Modality.TEXT, today, Emotion.JOY),
              reading(Modality.TEXT, twoDaysAgo, Emotion.JOY),
              reading(Modality.FACE, today, Emotion.SADNESS),
              reading(Modality.FACE, longAgo, Emotion.ANGER)));

      HttpResponse<String> response = http.get("/v1/summary?days=7");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.get("days").asInt()).isEqualTo(7);
      assertThat(body.get("events").asLong()).isEqualTo(3);
      assertThat(body.get("eventsByType").get("view").asLong()).isEqualTo(2);
      JsonNode perDay = body.get("eventsPerDay");
      assertThat(perDay).hasSize(7);
      LocalDate todayDate = LocalDate.ofInstant(today, ZoneOffset.UTC);
      assertThat(perDay.get(6).get("day").asText()).isEqualTo(todayDate.toString());
      assertThat(perDay.get(6).get("total").asLong()).isEqualTo(2);
      assertThat(perDay.get(4).get("byType").get("view").asLong()).isEqualTo(1);
      assertThat(perDay.get(0).get("total").asLong()).isZero();
      // The behaviour reader may add readings of the sessions these events close (e3's session
      // ends when e1 arrives); only the text and face readings put here are counted.
      JsonNode behaviour = body.get("emotionMix").path("behaviour");
      long behaviourReadings = 0;
      for (JsonNode n : behaviour) {
        behaviourReadings += n.asLong();
      }
      assertThat(body.get("readings").asLong() - behaviourReadings).isEqualTo(3);
      assertThat(body.get("emotionMix").get("text").get("joy").asLong()).isEqualTo(2);
      assertThat(body.get("emotionMix").get("face").get("sadness").asLong()).isEqualTo(1);
      assertThat(body.get("emotionMix").get("face").get("anger").asLong()).isZero();
      assertThat(body.get("emotionMixAll").get("joy").asLong() - behaviour.path("joy").asLong())
          .isEqualTo(2);

      JsonNode defaults = JSON.readTree(http.get("/v1/summary").body());
      assertThat(defaults.get("eventsPerDay")).hasSize(30);

      HttpResponse<String> bad = http.get("/v1/summary?days=0");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("days");
      assertThat(http.get("/v1/summary?days=x").statusCode()).isEqualTo(400);

      JsonNode paths = JSON.readTree(http.get("/openapi.json").body()).get("paths");
      assertThat(paths.get("/v1/summary").get("get").get("operationId").asText())
          .isEqualTo("summary");
      assertThat(paths.get("/dashboard").get("get").get("security")).isEmpty();
    }
  }

  @Test
  void userEmotionListsEachReadingForPerModalityTimelines() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      Instant now = Instant.now();
      http.post("/v1/events", event("e1", "view", now));
      http.store.putReadings(
          List.of(
              reading(Modality.TEXT, now.minusSeconds(60), Emotion.JOY),
              reading(Modality.FACE, now.minusSeconds(30), Emotion.SADNESS)));
      JsonNode body = JSON.readTree(http.get("/v1/users/u1/emotion").body());
      JsonNode series = body.get("series");
      assertThat(series).hasSize(2);
      assertThat(series.get(0).get("modality").asText()).isEqualTo("text");
      assertThat(series.get(0).get("top").asText()).isEqualTo("joy");
      assertThat(series.get(1).get("emotions").get("sadness").asDouble()).isEqualTo(1.0);
      assertThat(body.get("trajectory").get(1).get("emotions").size()).isEqualTo(7);
    }
  }

  @Test
  void dashboardIsPublicWithAStrictPolicyWhileTheApiStillNeedsAKey() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      http.key = null;
      HttpResponse<String> page = http.get("/dashboard");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
      assertThat(page.body()).contains("/dashboard/app.js").doesNotContain("http://", "https://");
      for (String file :
          List.of(
              "app.js",
              "api.js",
              "charts.js",
              "ui.js",
              "tables.js",
              "analytics.js",
              "dashboard.css")) {
        HttpResponse<String> asset = http.get("/dashboard/" + file);
        assertThat(asset.statusCode()).as(file).isEqualTo(200);
        assertThat(asset.body()).as(file).isNotBlank();
      }
      assertThat(http.get("/dashboard/app.js").headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
      assertThat(http.get("/dashboard/secret.txt").statusCode()).isEqualTo(404);
      assertThat(http.get("/dashboard/..%2Fopenapi.json").statusCode()).isEqualTo(404);
      assertThat(http.get("/v1/summary").statusCode()).isEqualTo(401);
      assertThat(http.get("/v1/stats").statusCode()).isEqualTo(401);
      HttpResponse<String> wrongKey =
          http.send(
              HttpRequest.newBuilder(http.uri("/v1/summary"))
                  .header("Authorization", "Bearer not-a-key")
                  .GET()
                  .build());
      assertThat(wrongKey.statusCode()).isEqualTo(401);
    }
  }
}
