package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics routes over a real server and SQLite store. Reviews and their readings are stored
 * directly (the text model is not needed to test the routes); item "soap" turns angry in the last
 * days of a 40-day history.
 */
class AnalyticsEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");

  @TempDir Path dir;

  private static void store(HttpFixture http) {
    List<Event> events = new ArrayList<>();
    List<EmotionReading> readings = new ArrayList<>();
    for (int day = 0; day < 40; day++) {
      for (String item : List.of("soap", "comb", "brush")) {
        boolean late = day >= 37 && item.equals("soap");
        String id = item + day;
        String user = "u" + day % 7;
        Instant time = START.plus(Duration.ofDays(day));
        String text = late ? "The smell is awful and the bottle leaked" : "Nice smell, fair price";
        events.add(new Event(id, user, item, EventType.REVIEW, time, 4.0, text, null));
        Emotion top = late ? Emotion.ANGER : day % 10 == 0 ? Emotion.SADNESS : Emotion.JOY;
        readings.add(
            UserReadings.pointMass(
                user, Modality.TEXT, time, top, PolarityScores.normalised(0, 1, 0), id));
        if (late) {
          for (int extra = 0; extra < 3; extra++) {
            String extraId = id + "x" + extra;
            events.add(
                new Event(extraId, "v" + extra, item, EventType.REVIEW, time, 1.0, text, null));
            readings.add(
                UserReadings.pointMass(
                    "v" + extra,
                    Modality.TEXT,
                    time,
                    Emotion.DISGUST,
                    PolarityScores.NEUTRAL,
                    extraId));
          }
        }
      }
    }
    http.store.append(events);
    http.store.putReadings(readings);
  }

  @Test
  void trendsBucketTheItemsReadings() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      store(http);

      JsonNode trend = http.getJson("/v1/analytics/trends?scope=item&id=soap&bucket=week");
      JsonNode points = trend.get("points");
      assertThat(trend.get("bucket").asText()).isEqualTo("week");
      assertThat(points.get(0).get("start").asText()).isEqualTo("2024-01-01");
      assertThat(points.get(0).get("readings").asInt()).isEqualTo(7);
      JsonNode last = points.get(points.size() - 1);
      assertThat(last.get("readings").asInt())
          .as("days 35 and 36, then 3 late days of 4")
          .isEqualTo(14);
      assertThat(last.get("negativeShare").asDouble()).isEqualTo(0.8571);
      assertThat(last.get("mix").get("anger").asDouble()).isPositive();

      JsonNode all = http.getJson("/v1/analytics/trends?bucket=day&from=2024-01-02&to=2024-01-04");
      assertThat(all.get("points")).hasSize(2);
      assertThat(all.get("points").get(0).get("readings").asInt()).isEqualTo(3);
    }
  }

  @Test
  void alertsAndAspectsNameTheItemThatTurnedAngry() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      store(http);

      JsonNode alerts = http.getJson("/v1/analytics/alerts").get("alerts");
      assertThat(alerts).hasSize(1);
      assertThat(alerts.get(0).get("scope").asText()).isEqualTo("item");
      assertThat(alerts.get(0).get("id").asText()).isEqualTo("soap");
      assertThat(alerts.get(0).at("/evidence/after/negative").asInt()).isEqualTo(12);
      assertThat(alerts.get(0).at("/evidence/examples/0/text").asText()).contains("leaked");

      JsonNode aspects = http.getJson("/v1/analytics/aspects?item=soap").get("aspects");
      assertThat(aspects.get(0).get("aspect").asText()).isEqualTo("smell");
      assertThat(aspects.get(0).get("negative").asInt())
          .as("12 late reviews and 4 sad days")
          .isEqualTo(16);
      assertThat(aspects.get(1).get("aspect").asText())
          .as("mined from the reviews ('the bottle'), not in the seed lexicon")
          .isEqualTo("bottle");
    }
  }

  @Test
  void invalidParametersAnswer400NamingThem() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      for (String[] c :
          new String[][] {
            {"/v1/analytics/trends?scope=shop", "scope"},
            {"/v1/analytics/trends?scope=item", "id"},
            {"/v1/analytics/trends?bucket=hour", "bucket"},
            {"/v1/analytics/trends?from=yesterday", "from"},
            {"/v1/analytics/trends?from=2024-01-02&to=2024-01-01", "to"},
            {"/v1/analytics/alerts?days=0", "days"},
            {"/v1/analytics/aspects", "item"}
          }) {
        HttpResponse<String> r = http.get(c[0]);
        assertThat(r.statusCode()).as(c[0] + ": " + r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("errors").get(0).get("field").asText())
            .as(c[0])
            .isEqualTo(c[1]);
      }
    }
  }
}
