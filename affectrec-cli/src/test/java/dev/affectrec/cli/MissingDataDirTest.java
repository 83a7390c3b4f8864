package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped {@code --data-dir}: the commands that only read the store say so, the commands that
 * fill one create it.
 */
class MissingDataDirTest {
  @TempDir Path dir;

  @Test
  void readingCommandsNameTheMissingDirectoryAndCreateNothing() {
    Path typo = dir.resolve("afectrec-data");
    List<List<String>> readers =
        List.of(
            List.of("stats"),
            List.of("stats", "--json"),
            List.of("recommend", "--user", "1"),
            List.of("keys", "list"),
            List.of("keys", "revoke", "k-1"));
    for (List<String> command : readers) {
      CliRun run = CliRun.of(command, "--data-dir", typo.toString());
      assertThat(run.exitCode()).as("%s", command).isEqualTo(2);
      assertThat(run.out()).as("%s", command).isEmpty();
      assertThat(run.err().strip().split("\n")).as("%s", command).hasSize(1);
      assertThat(run.err())
          .as("%s", command)
          .contains("data directory " + typo.toAbsolutePath() + " does not exist")
          .contains("affectrec import");
      assertThat(typo).as("%s", command).doesNotExist();
    }
  }

  @Test
  void aDirectoryWithoutAStoreIsNamedToo() throws Exception {
    Path other = Files.createDirectories(dir.resolve("photos"));
    CliRun run = CliRun.of("stats", "--data-dir", other.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("data directory " + other.toAbsolutePath() + " holds no store");
    try (var files = Files.list(other)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void fillingCommandsCreateANewStore() throws Exception {
    Path events = dir.resolve("events.jsonl");
    Files.writeString(
        events,
        "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\","
            + "\"time\":\"2026-10-01T00:00:00Z\"}\n");
    Path fresh = dir.resolve("fresh");
    CliRun imported =
        CliRun.of(
            "import", "--data-dir", fresh.toString(), "--format", "events", events.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    CliRun stats = CliRun.of("stats", "--data-dir", fresh.toString(), "--json");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("\"events\":1");
    Path keyed = dir.resolve("keyed");
    assertThat(
            CliRun.of("keys", "create", "--role", "admin", "--data-dir", keyed.toString())
                .exitCode())
        .isZero();
    assertThat(CliRun.of("keys", "list", "--data-dir", keyed.toString()).out()).contains("admin");
  }
}
