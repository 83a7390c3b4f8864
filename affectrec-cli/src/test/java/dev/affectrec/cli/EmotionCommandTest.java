package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void missingInputFilesAreInputErrors() {
    CliRun batch = CliRun.of("emotion", "batch", "--input", "no-such-file.txt");
    assertThat(batch.exitCode()).isEqualTo(2);
    assertThat(batch.err()).contains("no-such-file.txt");
    CliRun eval = CliRun.of("emotion", "eval", "--dataset", "sst2", "--input", "missing.tsv");
    assertThat(eval.exitCode()).isEqualTo(2);
    CliRun none = CliRun.of("emotion");
    assertThat(none.exitCode()).isEqualTo(2);
  }
}
