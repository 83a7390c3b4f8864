package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliUsageTest {
  @TempDir Path dir;

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("import", "stats", "serve", "demo");
    for (String command : new String[] {"import", "stats", "serve", "demo"}) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).contains("--data-dir").contains("--db");
    }
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace() {
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("teleport");
    assertThat(unknown.exitCode()).isEqualTo(2);
    CliRun noFormat = CliRun.of("import", "x");
    assertThat(noFormat.exitCode()).isEqualTo(2);
    assertThat(noFormat.err()).contains("--format");
    CliRun badFormat = CliRun.of("import", "--format", "parquet", "x");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("parquet").contains("movielens");
    assertThat(badFormat.err()).doesNotContain("\tat ");
  }

  @Test
  void missingFileAndBadDatabaseAreInputErrors() {
    CliRun missing =
        CliRun.of(
            "import",
            "--data-dir",
            dir.toString(),
            "--format",
            "events",
            dir.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.jsonl");
    CliRun badDb = CliRun.of("stats", "--db", "mysql://x");
    assertThat(badDb.exitCode()).isEqualTo(2);
    assertThat(badDb.err()).contains("--db");
    CliRun badPort = CliRun.of("serve", "--data-dir", dir.toString(), "--port", "70000");
    assertThat(badPort.exitCode()).isEqualTo(2);
    assertThat(badPort.err()).contains("--port");
    CliRun badDetector =
        CliRun.of("serve", "--data-dir", dir.toString(), "--face-detector", "teleport");
    assertThat(badDetector.exitCode()).isEqualTo(2);
    assertThat(badDetector.err()).contains("--face-detector").contains("teleport");
    CliRun missingModel =
        CliRun.of(
            "serve",
            "--data-dir",
            dir.toString(),
            "--face-detector",
            "ultraface",
            "--face-detector-model",
            dir.resolve("no-such-model.onnx").toString());
    assertThat(missingModel.exitCode()).isEqualTo(2);
    assertThat(missingModel.err()).contains("no-such-model.onnx");
    CliRun halfDemo =
        CliRun.of("demo", "--data-dir", dir.toString(), "--format", "events", "--no-serve");
    assertThat(halfDemo.exitCode()).isEqualTo(2);
    assertThat(halfDemo.err()).contains("--input");
  }
}
