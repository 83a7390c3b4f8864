package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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
}
