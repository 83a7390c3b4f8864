package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionCommandTest {

  @Test
  void textPrintsOneJsonReadingPerText() {
    CliRun run = CliRun.of("emotion", "text", "--json", "I love this, thank you!", "太差了，再也不买了");
    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{\"language\":\"en\"").contains("\"top\":\"joy\"");
    assertThat(lines[1]).startsWith("{\"language\":\"zh\"").contains("\"label\":\"negative\"");
  }

  @Test
  void textWithoutJsonPrintsASummaryAndBatchWritesOneLinePerInputLine(@TempDir Path dir)
      throws Exception {
    CliRun text = CliRun.of("emotion", "text", "What a wonderful day");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("en  joy");
    Path in = dir.resolve("in.txt");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, "great\n\n很好\n", StandardCharsets.UTF_8);
    CliRun batch =
        CliRun.of("emotion", "batch", "--input", in.toString(), "--output", out.toString());
    assertThat(batch.exitCode()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3);
    CliRun train =
        CliRun.of(
            "emotion",
            "train",
            "--data",
            dir.resolve("none").toString(),
            "--output",
            dir.toString());
    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).contains("none");
  }

  @Test
  void trainRejectsACreatedAtThatIsNotAnInstantBeforeTraining(@TempDir Path dir) {
    CliRun train =
        CliRun.of(
            "emotion",
            "train",
            "--data",
            dir.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--created-at",
            "yesterday");
    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).contains("--created-at").contains("'yesterday'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void checkRunsTheBehaviouralSuiteAndPrintsPassRatesPerCapability() {
    CliRun check = CliRun.of("emotion", "check");
    assertThat(check.exitCode()).isZero();
    assertThat(check.out())
        .contains("| negated-positive/en |")
        .contains("| unsupported-language/other-latin |")
        .contains("| **overall** |");
  }

  @Test
  void missingInputFilesAreInputErrors() {
    CliRun batch = CliRun.of("emotion", "batch", "--input", "no-such-file.txt");
    assertThat(batch.exitCode()).isEqualTo(2);
    assertThat(batch.err()).contains("no-such-file.txt");
    CliRun eval = CliRun.of("emotion", "eval", "--dataset", "sst2", "--input", "missing.tsv");
    assertThat(eval.exitCode()).isEqualTo(2);
    CliRun none = CliRun.of("emotion");
    assertThat(none.exitCode()).isEqualTo(2);
  }

  @Test
  void evalRejectsAWindowOutsideTheEncodersRange() {
    CliRun eval = CliRun.of("emotion", "eval", "--dataset", "sst2", "--window", "4");
    assertThat(eval.exitCode()).isEqualTo(2);
    assertThat(eval.err()).contains("--window").contains("4");
  }
}
