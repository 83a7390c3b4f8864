package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} on a store whose reviews already have their readings (so no text model runs): the
 * documents, the text output and the input errors.
 */
class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  @TempDir Path dir;

  /** 12 users review "soap" and "comb" every 10 days; u0..u3 turn angry and rate the last 1. */
  private String store() {
    List<Event> events = new ArrayList<>();
    List<EmotionReading> readings = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      for (int i = 0; i < 4; i++) {
        boolean sour = u < 4 && i >= 2;
        String id = "r" + u + "-" + i;
        Instant time = START.plus(Duration.ofDays(10L * i)).plusSeconds(u);
        String item = i % 2 == 0 ? "soap" : "comb";
        double rating = u < 4 && i == 3 ? 1 : 4;
        events.add(new Event(id, "u" + u, item, EventType.REVIEW, time, rating, "the smell", null));
        readings.add(
            EmotionReading.derived(
                Modality.TEXT,
                Subject.user("u" + u),
                time,
                EmotionDistribution.pointMass(sour ? Emotion.ANGER : Emotion.JOY),
                PolarityScores.NEUTRAL,
                0.5,
                0.9,
                "test",
                id));
      }
    }
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      store.append(events);
      store.putReadings(readings);
    }
    return dir.toString();
  }

  @Test
  void trendsAndAtRiskPrintTheRestDocuments() throws Exception {
    String data = store();

    CliRun trends =
        CliRun.of(
            "analyze",
            "trends",
            "--data-dir",
            data,
            "--scope",
            "item",
            "--id",
            "soap",
            "--bucket",
            "month",
            "--json");
    assertThat(trends.exitCode()).as(trends.err()).isZero();
    JsonNode points = JSON.readTree(trends.lastLine()).get("points");
    assertThat(points).hasSize(1);
    assertThat(points.get(0).get("readings").asInt()).isEqualTo(24);
    assertThat(points.get(0).get("negativeShare").asDouble())
        .isEqualTo(4 / 24.0, org.assertj.core.data.Offset.offset(1e-4));

    CliRun table = CliRun.of("analyze", "trends", "--data-dir", data, "--bucket", "week");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).startsWith("start").contains("2024-01-01");

    CliRun risk = CliRun.of("analyze", "at-risk", "--data-dir", data, "--json", "--limit", "3");
    assertThat(risk.exitCode()).as(risk.err()).isZero();
    JsonNode users = JSON.readTree(risk.lastLine()).get("users");
    assertThat(JSON.readTree(risk.lastLine()).get("model").asText())
        .isIn("ratings-only", "trajectory+behaviour+ratings");
    assertThat(users).hasSize(3);
    assertThat(users.get(0).get("user").asText()).isIn("u0", "u1", "u2", "u3");

    CliRun aspects =
        CliRun.of("analyze", "aspects", "--data-dir", data, "--item", "soap", "--json");
    assertThat(JSON.readTree(aspects.lastLine()).at("/aspects/0/aspect").asText())
        .isEqualTo("smell");

    CliRun alerts = CliRun.of("analyze", "alerts", "--data-dir", data);
    assertThat(alerts.exitCode()).isZero();
    assertThat(alerts.out()).isNotBlank();
  }

  @Test
  void invalidInputIsOneLineAndExitTwo() {
    String data = store();
    for (List<String> args :
        List.of(
            List.of("analyze", "trends", "--data-dir", data, "--bucket", "hour"),
            List.of("analyze", "trends", "--data-dir", data, "--scope", "item"),
            List.of("analyze", "trends", "--data-dir", data, "--from", "soon"),
            List.of("analyze", "alerts", "--data-dir", data, "--days", "0"),
            List.of("analyze", "alerts", "--data-dir", data, "--webhook", "ftp://x"),
            List.of("analyze", "at-risk", "--data-dir", data, "--limit", "0"))) {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as("%s: %s", args, run.err()).isEqualTo(2);
      assertThat(run.err().strip().lines()).as("%s", args).hasSize(1);
      assertThat(run.out()).isEmpty();
    }
    assertThat(CliRun.of("analyze").exitCode()).isEqualTo(2);
    assertThat(
            CliRun.of("analyze", "alerts", "--data-dir", dir.resolve("none").toString()).exitCode())
        .isEqualTo(2);
  }
}
