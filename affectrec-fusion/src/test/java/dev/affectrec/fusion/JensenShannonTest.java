package dev.affectrec.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import org.junit.jupiter.api.Test;

class JensenShannonTest {
  @Test
  void equalDistributionsDoNotDiverge() {
    assertThat(JensenShannon.divergence(EmotionDistribution.UNIFORM, EmotionDistribution.UNIFORM))
        .isZero();
  }

  @Test
  void disjointDistributionsDivergeByOneBit() {
    assertThat(
            JensenShannon.divergence(
                EmotionDistribution.pointMass(Emotion.ANGER),
                EmotionDistribution.pointMass(Emotion.JOY)))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void halfOverlapMatchesTheHandComputedValue() {
    EmotionDistribution p = EmotionDistribution.of(0.5, 0, 0, 0.5, 0, 0, 0);
    EmotionDistribution q = EmotionDistribution.pointMass(Emotion.ANGER);
    // m = (0.75, 0.25); KL(p||m) = 0.5 ln(2/3) + 0.5 ln 2; KL(q||m) = ln(4/3)
    double expected =
        (0.5 * Math.log(2 / 3.0) + 0.5 * Math.log(2) + Math.log(4 / 3.0)) / 2 / Math.log(2);
    assertThat(JensenShannon.divergence(p, q)).isCloseTo(expected, within(1e-12));
    assertThat(JensenShannon.divergence(q, p)).isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(0.311278, within(1e-6));
  }
}
