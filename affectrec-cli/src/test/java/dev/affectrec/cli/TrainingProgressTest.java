package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingProgressTest {
  @Test
  void followsTheClockAgainstTheEstimateAndNeverClaimsToBeDone() {
    assertThat(TrainingProgress.shown(5_000, 20_000)).containsExactly(5_000, 20_000);
    assertThat(TrainingProgress.shown(19_950, 20_000))
        .as("capped at 99%")
        .containsExactly(19_800, 20_000);
  }

  @Test
  void showsTheElapsedTimeAloneWithoutAnEstimateOrOnceItIsPassed() {
    assertThat(TrainingProgress.shown(5_000, -1)).containsExactly(0, -1);
    assertThat(TrainingProgress.shown(20_000, 20_000)).containsExactly(0, -1);
    assertThat(TrainingProgress.shown(31_000, 20_000)).containsExactly(0, -1);
  }
}
