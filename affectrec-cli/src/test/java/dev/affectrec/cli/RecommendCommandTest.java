package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Item;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

  @TempDir Path dir;

  private static String line(String id, String user, String item, String type, int minute) {
    return "{\"id\":\"%s\",\"user\":\"%s\",\"item\":\"%s\",\"type\":\"%s\",\"time\":\"%s\"}"
        .formatted(id, user, item, type, T0.plusSeconds(60L * minute));
  }

  /** Two taste clusters (a* buy A*, b* buy B*) and one angry review by a3. */
  private Path shop() throws Exception {
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    for (String c : List.of("a", "b")) {
      for (int u = 0; u < 20; u++) {
        for (int k = 0; k < 8; k++) {
          lines.add(
              line(
                  "e" + lines.size(),
                  c + u,
                  c.toUpperCase() + random.nextInt(20),
                  "purchase",
                  random.nextInt(43_200)));
        }
      }
    }
    lines.add(
        "{\"id\":\"r1\",\"user\":\"a3\",\"item\":\"A0\",\"type\":\"review\",\"time\":\"2026-11-01T00:00:00Z\","
            + "\"text\":\"Terrible. It broke on the first day and I am furious.\"}");
    Path file = dir.resolve("shop.jsonl");
    Files.write(file, lines);
    return file;
  }

  private CliRun recommend(String dataDir, String... more) {
    List<String> args = new ArrayList<>(List.of("recommend", "--data-dir", dataDir));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void trainsWhenEventsArrivedAndAnswersFromTheSavedModelOtherwise() throws Exception {
    String dataDir = dir.resolve("data").toString();
    CliRun imported =
        CliRun.of("import", "--data-dir", dataDir, "--format", "events", shop().toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    CliRun first = recommend(dataDir, "--user", "a3", "-k", "4", "--policy", "neutral", "--json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("training on 321 events").contains("trained in");
    JsonNode rec = JSON.readTree(first.lastLine());
    assertThat(rec.get("user").asText()).isEqualTo("a3");
    assertThat(rec.get("policy").asText()).isEqualTo("neutral");
    assertThat(rec.get("items")).hasSize(4);
    assertThat(rec.get("items").get(0).get("reasons").get(0).get("text").asText()).isNotBlank();
    // The angry review was read before training, so the state is negative and text-based.
    assertThat(rec.get("emotion").get("valence").asDouble()).isNegative();
    assertThat(rec.get("emotion").get("contributions").get(0).get("modality").asText())
        .isEqualTo("text");

    String top = rec.get("items").get(0).get("item").asText();
    try (EventStore store = EventStores.open(StoreConfig.sqlite(Path.of(dataDir)))) {
      store.putItems(
          List.of(
              new Item(
                  top,
                  "A title far too long to fit in the forty-character column",
                  "",
                  List.of(),
                  Map.of(),
                  null)));
    }
    CliRun second = recommend(dataDir, "--user", "a3", "-k", "4", "--policy", "neutral");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("training");
    assertThat(second.out())
        .contains("policy neutral (requested)")
        .contains("  1  " + top)
        .contains("A title far too long to fit in the fo...");

    Path more = dir.resolve("more.jsonl");
    Files.write(more, List.of(line("late", "b1", "B3", "purchase", 50_000)));
    CliRun.of("import", "--data-dir", dataDir, "--format", "events", more.toString());
    assertThat(recommend(dataDir, "--user", "b1").err()).contains("training on 322 events");
  }

  /** Item id to score of {@code recommend --json}. */
  private Map<String, Double> scores(String dataDir, String user, int k) throws Exception {
    CliRun run = recommend(dataDir, "--user", user, "-k", "" + k, "--policy", "neutral", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (JsonNode item : JSON.readTree(run.lastLine()).get("items")) {
      out.put(item.get("item").asText(), item.get("score").asDouble());
    }
    assertThat(out).hasSize(k);
    assertThat(out.values()).allSatisfy(s -> assertThat(s).isBetween(-1.0, 1.0));
    return out;
  }

  @Test
  void anItemScoresTheSameAtKThreeAndTen() throws Exception {
    String dataDir = dir.resolve("data").toString();
    CliRun.of("import", "--data-dir", dataDir, "--format", "events", shop().toString());
    for (String user : List.of("a3", "b7")) {
      Map<String, Double> three = scores(dataDir, user, 3);
      Map<String, Double> ten = scores(dataDir, user, 10);
      assertThat(ten).as(user).containsAllEntriesOf(three);
    }
  }

  @Test
  void badInputIsNamedWithExitCode2() throws Exception {
    Path empty = dir.resolve("empty");
    EventStores.open(StoreConfig.sqlite(empty)).close();
    CliRun nothing = recommend(empty.toString(), "--user", "a1");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("no interactions to train on");

    String dataDir = dir.resolve("data").toString();
    CliRun.of("import", "--data-dir", dataDir, "--format", "events", shop().toString());
    CliRun unknown = recommend(dataDir, "--user", "ghost");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no user with id 'ghost'");
    CliRun zero = recommend(dataDir, "--user", "a1", "-k", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("-k must be in [1, 100] but was 0");
    CliRun policy = recommend(dataDir, "--user", "a1", "--policy", "cheerful");
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err()).contains("cheerful").contains("mood-congruent");
    CliRun every = recommend(dataDir, "--user", "a1", "--retrain-every", "soon");
    assertThat(every.exitCode()).isEqualTo(2);
    assertThat(every.err()).contains("--retrain-every").contains("soon");
    CliRun base = recommend(dataDir, "--user", "a1", "--base", "teleport");
    assertThat(base.exitCode()).isEqualTo(2);
    assertThat(base.err()).contains("teleport");
  }
}
