package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history imported years after it happened (MovieLens, Amazon) keeps its emotional state and
 * shows in the overview: decay and windows run against the data's own newest event, not the wall
 * clock.
 */
class ImportedHistoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final Instant FIVE_YEARS_AGO =
      Instant.now().minus(5 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

  /**
   * A view and a rating five years ago, ten minutes apart, and one stored text reading of the
   * rating. No event carries text, so the server's own text reader adds no second reading, and the
   * two events are one open session, so no behaviour reading is added while the test looks.
   */
  private static void importHistory(HttpFixture http) throws Exception {
    Instant review = FIVE_YEARS_AGO.plusSeconds(600);
    HttpResponse<String> posted =
        http.post(
            "/v1/events",
            "["
                + EventJson.of("e1", "u1", "view", FIVE_YEARS_AGO, "")
                + ","
                + EventJson.of("e2", "u1", "rate", review, ",\"value\":5")
                + "]");
    assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 299);
    http.store.putReadings(
        List.of(
            UserReadings.pointMass(
                Modality.TEXT, review, Emotion.JOY, PolarityScores.normalised(0, 0, 1), "e2")));
  }

  /** Imports the five-year-old history into a fresh server and reads {@code path} with GET. */
  private JsonNode afterImport(String path) throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      importHistory(http);
      HttpResponse<String> response = http.get(path);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    }
  }

  @Test
  void aUserWhoseReadingsAreFiveYearsOldStillReadsTheirState() throws Exception {
    JsonNode state = afterImport("/v1/users/u1/emotion").get("state");
    assertThat(state.get("top").asText()).isEqualTo("joy");
    assertThat(state.get("confidence").asDouble()).isGreaterThan(0);
    assertThat(Instant.parse(state.get("time").asText()))
        .isBefore(FIVE_YEARS_AGO.plusSeconds(7_200));
  }

  @Test
  void theSummaryOfAHistoryImportedYearsAgoEndsAtItsNewestEvent() throws Exception {
    JsonNode body = afterImport("/v1/summary?days=7");
    assertThat(body.get("events").asLong()).isEqualTo(2);
    assertThat(body.get("readings").asLong()).isEqualTo(1);
    JsonNode perDay = body.get("eventsPerDay");
    assertThat(perDay.get(6).get("day").asText())
        .isEqualTo(LocalDate.ofInstant(FIVE_YEARS_AGO, ZoneOffset.UTC).toString());
    assertThat(perDay.get(6).get("total").asLong()).isEqualTo(2);
  }
}
