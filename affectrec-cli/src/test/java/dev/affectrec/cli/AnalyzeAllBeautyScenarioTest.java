package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.affectrec.testkit.SharedData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of issue 19: import Amazon All Beauty, add 30 angry and disgusted reviews of one
 * item dated in the week after the newest review of the file, and ask the CLI (which reads every
 * text with the real text model first). That item is the first alert, with its evidence, and its
 * aspects name what the new reviews complain about (the smell, the leaking bottle).
 *
 * <p>Reading every one of the file's 4,161 reviews with the transformer takes minutes on two cores
 * (about 940,000 characters), so by default the test imports the file's last {@value #RECENT_DAYS}
 * days (299 reviews, 6% of the text, 71 of the most reviewed item): the same file format, the same
 * import, the same checks, on a shop's recent history. {@code -Daffectrec.scenario.fullFile=true}
 * imports the whole file instead (docs/EVALUATION.md).
 */
class AnalyzeAllBeautyScenarioTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Days of the file, ending with its newest review, imported by default. */
  static final int RECENT_DAYS = 180;

  /** What the 30 new reviews say: each complains about the smell or the leaking packaging. */
  private static final List<String> COMPLAINTS =
      List.of(
          "Disgusting. It smells like rotten eggs and I am furious I paid for this.",
          "The smell is revolting, I gagged. Absolutely disgusting product.",
          "I am so angry: the bottle leaked all over my bag and ruined everything.",
          "Gross! The scent is vile, like sour milk. Disgusted and angry.",
          "Furious. The package arrived soaked because the bottle leaks. Unacceptable!",
          "This stinks, literally. The odor is nauseating and disgusting.");

  @TempDir Path dir;

  @Test
  void theItemWhoseReviewsTurnAngryIsTheFirstAlertAndItsAspectsNameTheComplaints()
      throws Exception {
    Path file =
        recentPart(
            SharedData.require("data/amazon-all-beauty-5core-2018/All_Beauty_5.json.gz"),
            Boolean.getBoolean("affectrec.scenario.fullFile") ? Integer.MAX_VALUE : RECENT_DAYS);
    String data = dir.resolve("data").toString();
    assertThat(
            CliRun.of("import", "--data-dir", data, "--format", "amazon", file.toString())
                .exitCode())
        .isZero();

    FileFacts facts = FileFacts.of(file);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Instant time = facts.newest.plus(Duration.ofHours(1 + 5L * i)); // within 7 days
      lines.add(
          JSON.writeValueAsString(
              Map.of(
                  "id",
                  "angry-" + i,
                  "user",
                  "angry-user-" + i,
                  "item",
                  facts.mostReviewed,
                  "type",
                  "review",
                  "time",
                  time.toString(),
                  "value",
                  1,
                  "text",
                  COMPLAINTS.get(i % COMPLAINTS.size()))));
    }
    Path added = dir.resolve("angry.jsonl");
    Files.write(added, lines);
    assertThat(
            CliRun.of("import", "--data-dir", data, "--format", "events", added.toString())
                .exitCode())
        .isZero();

    BlockingQueue<String> posted = new ArrayBlockingQueue<>(1);
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext(
        "/alerts",
        exchange -> {
          posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    hook.start();
    CliRun alerts;
    try {
      String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/alerts";
      alerts = CliRun.of("analyze", "alerts", "--data-dir", data, "--json", "--webhook", url);
    } finally {
      hook.stop(0);
    }

    assertThat(alerts.exitCode()).as(alerts.err()).isZero();
    JsonNode first = JSON.readTree(alerts.lastLine()).get("alerts").get(0);
    assertThat(first.get("scope").asText()).isEqualTo("item");
    assertThat(first.get("id").asText()).isEqualTo(facts.mostReviewed);
    assertThat(first.get("emotion").asText()).isIn("anger", "disgust");
    JsonNode evidence = first.get("evidence");
    assertThat(evidence.at("/after/readings").asInt()).isGreaterThanOrEqualTo(30);
    assertThat(evidence.at("/after/negative").asInt()).isGreaterThanOrEqualTo(24);
    assertThat(evidence.at("/before/readings").asInt())
        .isEqualTo(facts.reviewsOf(facts.mostReviewed));
    assertThat(evidence.at("/after/negativeShare").asDouble())
        .isGreaterThan(evidence.at("/before/negativeShare").asDouble() + 0.5);
    assertThat(evidence.get("examples")).isNotEmpty();
    assertThat(evidence.at("/examples/0/text").asText()).isIn(COMPLAINTS);
    String body = posted.poll(5, TimeUnit.SECONDS);
    assertThat(body).as("the webhook received the same alerts").isNotNull();
    assertThat(JSON.readTree(body).at("/alerts/0/id").asText()).isEqualTo(facts.mostReviewed);

    CliRun aspects =
        CliRun.of("analyze", "aspects", "--data-dir", data, "--item", facts.mostReviewed, "--json");
    assertThat(aspects.exitCode()).as(aspects.err()).isZero();
    JsonNode list = JSON.readTree(aspects.lastLine()).get("aspects");
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(3, list.size()); i++) {
      top.add(list.get(i).get("aspect").asText());
    }
    assertThat(top.get(0)).isEqualTo("smell");
    assertThat(top).containsAnyOf("packaging", "bottle");
    assertThat(list.get(0).get("negative").asInt()).isGreaterThanOrEqualTo(15);
  }

  /**
   * The lines of {@code file} (gzipped JSON lines) whose review is at most {@code days} days older
   * than its newest review, as a new gzipped file; the file itself when every line qualifies.
   */
  private Path recentPart(Path file, int days) throws Exception {
    List<String> lines = new ArrayList<>();
    long newest = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        lines.add(line);
        newest = Math.max(newest, JSON.readTree(line).get("unixReviewTime").asLong());
      }
    }
    long from = newest - (long) Math.min(days, 100_000) * 86_400;
    List<String> recent = new ArrayList<>();
    for (String line : lines) {
      if (JSON.readTree(line).get("unixReviewTime").asLong() > from) {
        recent.add(line);
      }
    }
    if (recent.size() == lines.size()) {
      return file;
    }
    Path part = dir.resolve("All_Beauty_5-recent.json.gz");
    try (var out =
        new java.io.OutputStreamWriter(
            new java.util.zip.GZIPOutputStream(Files.newOutputStream(part)),
            StandardCharsets.UTF_8)) {
      for (String line : recent) {
        out.write(line);
        out.write('\n');
      }
    }
    return part;
  }

  /** The newest review time and the most reviewed item of the file, counted independently. */
  private record FileFacts(Instant newest, String mostReviewed, Map<String, Integer> distinct) {
    static FileFacts of(Path file) throws Exception {
      long newest = 0;
      Map<String, java.util.Set<String>> keys = new HashMap<>();
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          JsonNode review = JSON.readTree(line);
          long time = review.get("unixReviewTime").asLong();
          newest = Math.max(newest, time);
          keys.computeIfAbsent(review.get("asin").asText(), a -> new java.util.HashSet<>())
              .add(review.get("reviewerID").asText() + ":" + time);
        }
      }
      Map<String, Integer> distinct = new HashMap<>();
      keys.forEach((asin, set) -> distinct.put(asin, set.size()));
      String most =
          distinct.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey();
      return new FileFacts(Instant.ofEpochSecond(newest), most, distinct);
    }

    int reviewsOf(String item) {
      return distinct.get(item);
    }
  }
}
