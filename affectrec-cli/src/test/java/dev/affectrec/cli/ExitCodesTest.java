package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.InputException;
import dev.affectrec.eval.data.DataFormatException;
import dev.affectrec.vision.image.ImageDecodeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ExitCodesTest {
  /** A command that fails from deep inside its work with the exception it is given. */
  @Command(name = "work")
  static final class Failing implements Callable<Integer> {
    @Option(names = "--n")
    int n;

    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      return deep(3);
    }

    private int deep(int depth) {
      if (depth == 0) {
        throw failure;
      }
      return deep(depth - 1);
    }
  }

  private record Run(int code, String err) {}

  private static Run run(RuntimeException failure, boolean debug, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Failing(failure));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(new ExitCodes(debug));
    return new Run(cli.execute(args), err.toString());
  }

  @Test
  void anIllegalStateOrArgumentFromDeepInsideIsABug() {
    for (RuntimeException bug :
        new RuntimeException[] {
          new IllegalStateException("index 7 out of range"),
          new IllegalArgumentException("k must be >= 1 but was 0")
        }) {
      Run run = run(bug, false);
      assertThat(run.code()).as(bug.toString()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.err())
          .startsWith("work: internal error")
          .contains(bug.getMessage())
          .doesNotContain("\tat ");
      assertThat(run.err().strip().lines()).hasSize(1);
    }
  }

  @Test
  void aBugShowsItsStackTraceOnlyInDebugMode() {
    Run run = run(new IllegalStateException("broken"), true);
    assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("internal error").contains("\tat ");
  }

  @Test
  void typedInputErrorsAreUsageErrorsWithTheirMessageOnly() {
    for (RuntimeException input :
        new RuntimeException[] {
          new InputException("--k must be in [1, 100] but was 0"),
          new DataFormatException(Path.of("ratings.csv"), 1, "no header"),
          new ImageDecodeException("not a JPEG, PNG or WebP image")
        }) {
      Run run = run(input, true);
      assertThat(run.code()).as(input.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).isEqualTo("work: " + input.getMessage() + System.lineSeparator());
    }
  }

  @Test
  void aBadOptionValueCheckedDeeperDownIsConvertedAtTheBoundary(@TempDir Path dir)
      throws IOException {
    assertThat(InputException.fromInput(() -> 7)).isEqualTo(7);
    Path events = Files.writeString(dir.resolve("events.jsonl"), "");
    CliRun run =
        CliRun.of(
            "import",
            "--format",
            "events",
            "--batch-size",
            "0",
            "--data-dir",
            dir.resolve("data").toString(),
            events.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("import: ").contains("batchSize").doesNotContain("\tat ");
  }

  @Test
  void anUnreadableInputFileIsAUsageErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path truncated = dir.resolve("ratings.tsv.gz");
    byte[] gzip = gzip("u1\ti1\t4\t100\nu2\ti2\t3\t200\n".repeat(2_000));
    Files.write(truncated, Arrays.copyOf(gzip, gzip.length / 2));
    Path missing = dir.resolve("missing.tsv");
    for (Path input : List.of(truncated, missing)) {
      String out = dir.resolve("recs.tsv").toString();
      for (CliRun run :
          List.of(
              CliRun.of(
                  "evaluate",
                  "--format",
                  "tsv",
                  "--input",
                  input.toString(),
                  "--protocol",
                  "holdout",
                  "--algorithms",
                  "popular"),
              CliRun.of(
                  "recommend-file",
                  "--format",
                  "tsv",
                  "--train",
                  input.toString(),
                  "--algorithm",
                  "popular",
                  "--out",
                  out))) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip())
            .contains(input.getFileName().toString())
            .doesNotContain("internal error")
            .doesNotContain("\n");
      }
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void anEnvironmentFailureIsAFailureButNotABug() {
    Run run =
        run(
            new IllegalStateException(
                "store write failed",
                new UncheckedIOException(new java.io.IOException("disk full"))),
            false);
    assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).startsWith("work: failed: ").contains("store write failed");
  }

  @Test
  void parameterErrorsStayUsageErrors() {
    Run run = run(new IllegalStateException("never reached"), false, "--n", "many");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--n").doesNotContain("internal error");
  }
}
