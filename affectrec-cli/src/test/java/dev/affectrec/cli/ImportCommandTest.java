package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static CliRun importJson(String dataDir, String format, Path input, String... options) {
    return CliRun.of(
        List.of("import", "--data-dir", dataDir, "--format", format, input.toString(), "--json"),
        options);
  }

  @Test
  void movieLensImportsOnceAndStatsAgree() throws Exception {
    Path movielens = SharedData.require("data/movielens-100k");
    String dataDir = dir.resolve("data").toString();
    CliRun first = importJson(dataDir, "movielens", movielens);
    assertThat(first.exitCode()).as(first.err()).isZero();
    JsonNode report = JSON.readTree(first.lastLine());
    assertThat(report.get("imported").asLong()).isEqualTo(100_000);
    assertThat(report.get("rejected").asLong()).isZero();

    JsonNode again = JSON.readTree(importJson(dataDir, "movielens", movielens).lastLine());
    assertThat(again.get("imported").asLong()).isZero();
    assertThat(again.get("duplicates").asLong()).isEqualTo(100_000);

    JsonNode stats = JSON.readTree(CliRun.of("stats", "--data-dir", dataDir, "--json").lastLine());
    assertThat(stats.get("users").asLong()).isEqualTo(943);
    assertThat(stats.get("items").asLong()).isEqualTo(1_682);
    assertThat(stats.get("events").asLong()).isEqualTo(100_000);
    assertThat(stats.get("eventsByType").get("rate").asLong()).isEqualTo(100_000);
  }

  @Test
  void badRowsAreReportedByLineAndStrictImportsNothing() throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a\",\"user\":\"u\",\"item\":\"i\",\"type\":\"view\",\"time\":\"2024-01-01T00:00:00Z\"}\n"
            + "{\"id\":\"b\",\"user\":\"u\",\"item\":\"i\",\"type\":\"teleport\",\"time\":\"2024-01-01T00:00:00Z\"}\n"
            + "{not json\n",
        StandardCharsets.UTF_8);
    String dataDir = dir.resolve("data").toString();
    CliRun strict = importJson(dataDir, "events", file, "--strict");
    assertThat(strict.exitCode()).isEqualTo(2);
    JsonNode strictReport = JSON.readTree(strict.lastLine());
    assertThat(strictReport.get("imported").asLong()).isZero();
    assertThat(strictReport.get("rejected").asLong()).isEqualTo(2);

    CliRun lenient = importJson(dataDir, "events", file);
    assertThat(lenient.exitCode()).isZero();
    JsonNode report = JSON.readTree(lenient.lastLine());
    assertThat(report.get("imported").asLong()).isEqualTo(1);
    assertThat(report.get("errors").findValuesAsText("line")).containsExactly("2", "3");
    assertThat(lenient.err()).contains("events.jsonl:2:").contains("teleport");
  }

  @Test
  void idsTheStoreCannotKeepAreRejectedByLineAndFieldInJsonAndCsv() throws Exception {
    String longUser = "u".repeat(257);
    Path jsonl = dir.resolve("events.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"user\":\"u\",\"item\":\"i\",\"type\":\"view\",\"time\":\"2024-01-01T00:00:00Z\"}\n"
            + "{\"id\":\"b\",\"user\":\""
            + longUser
            + "\",\"item\":\"i\",\"type\":\"view\",\"time\":\"2024-01-01T00:00:00Z\"}\n"
            + "{\"id\":\"c\",\"user\":\"u\",\"item\":\"i\\u0000\",\"type\":\"view\",\"time\":\"2024-01-01T00:00:00Z\"}\n",
        StandardCharsets.UTF_8);
    Path csv = dir.resolve("events.csv");
    Files.writeString(
        csv,
        "id,user,item,type,time\n"
            + "d,u,i,view,2024-01-01T00:00:00Z\n"
            + "e,"
            + longUser
            + ",i,view,2024-01-01T00:00:00Z\n",
        StandardCharsets.UTF_8);
    String dataDir = dir.resolve("data").toString();

    CliRun json = importJson(dataDir, "events", jsonl);
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode report = JSON.readTree(json.lastLine());
    assertThat(report.get("imported").asLong()).isEqualTo(1);
    assertThat(report.get("errors").findValuesAsText("line")).containsExactly("2", "3");
    assertThat(json.err())
        .contains("events.jsonl:2:")
        .contains("user")
        .contains("at most 256 bytes")
        .contains("events.jsonl:3:")
        .contains("control characters");

    CliRun fromCsv = importJson(dataDir, "csv", csv);
    assertThat(fromCsv.exitCode()).as(fromCsv.err()).isZero();
    JsonNode csvReport = JSON.readTree(fromCsv.lastLine());
    assertThat(csvReport.get("imported").asLong()).isEqualTo(1);
    assertThat(csvReport.get("errors").findValuesAsText("line")).containsExactly("3");
    assertThat(fromCsv.err()).contains("events.csv:3:").contains("at most 256 bytes");
  }
}
