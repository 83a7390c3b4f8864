package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void writesTheInteractionsAskedForAndSaysHowMany(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("synthetic.tsv");
    CliRun run =
        CliRun.of("generate", "--interactions", "2000", "--users", "40", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2000);
    assertThat(lines.get(0)).matches("0\t\\d+\t[1-5]\t\\d{10}");
    assertThat(run.err()).contains("wrote 2,000 interactions (40 users,");
  }

  @Test
  void anImpossibleSizeIsAnInputErrorThatSaysWhatToChange(@TempDir Path dir) {
    CliRun run =
        CliRun.of(
            "generate",
            "--interactions",
            "1000",
            "--users",
            "10",
            "--items",
            "20",
            "--out",
            dir.resolve("x.tsv").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("at most 100").contains("add users or items");
  }
}
