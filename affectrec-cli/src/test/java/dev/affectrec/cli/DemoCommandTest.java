package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoFillsTheDataDirectoryOnceAndIsRepeatable() throws Exception {
    String dataDir = dir.resolve("demo").toString();
    CliRun first = CliRun.of("demo", "--data-dir", dataDir, "--no-serve");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("demo shop (seed 42)")
        .containsPattern("stored [1-9][0-9,]* text emotion readings");
    JsonNode stats =
        new ObjectMapper().readTree(CliRun.of("stats", "--data-dir", dataDir, "--json").lastLine());
    long events = stats.get("events").asLong();
    assertThat(stats.get("users").asLong()).isEqualTo(300);
    assertThat(events).isGreaterThan(5_000);
    assertThat(stats.get("eventsByType").get("review").asLong()).isPositive();

    CliRun second = CliRun.of("demo", "--data-dir", dataDir, "--no-serve");
    assertThat(second.out()).contains("(0 new)");
    JsonNode after =
        new ObjectMapper().readTree(CliRun.of("stats", "--data-dir", dataDir, "--json").lastLine());
    assertThat(after.get("events").asLong()).isEqualTo(events);
  }

  @Test
  void realDataSuggestsAUserWhoIsInIt() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      for (int i = 0; i < 6; i++) {
        lines.add(
            "{\"id\":\"e%d-%d\",\"user\":\"viewer-%d\",\"item\":\"m%d\",\"type\":\"purchase\",\"time\":\"%s\"}"
                .formatted(
                    u,
                    i,
                    u,
                    (u + i) % 15,
                    Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3600L * ((u + 5) % 12) + i)));
      }
    }
    Path input = dir.resolve("ratings.jsonl");
    Files.write(input, lines);
    String dataDir = dir.resolve("real").toString();
    CliRun demo =
        CliRun.of(
            "demo",
            "--data-dir",
            dataDir,
            "--format",
            "events",
            "--input",
            input.toString(),
            "--no-serve");
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    // viewer-7 has the earliest event; the simulated shop's shopper-0001 is not in this data.
    assertThat(demo.out())
        .doesNotContain("shopper-")
        .contains("try: affectrec recommend --data-dir " + dataDir + " --user viewer-7");
    CliRun tried = CliRun.of("recommend", "--data-dir", dataDir, "--user", "viewer-7", "-k", "3");
    assertThat(tried.exitCode()).as(tried.err()).isZero();
    assertThat(tried.out()).startsWith("viewer-7: policy");
  }
}
