package dev.affectrec.emotion.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

  @Test
  void pearsonAndMaeMatchHandComputedValues() {
    double[] gold = {0, 0.5, 1};
    assertThat(RegressionMetrics.pearson(new double[] {1, 2, 3}, gold)).isCloseTo(1, within(1e-12));
    assertThat(RegressionMetrics.pearson(new double[] {3, 2, 1}, gold))
        .isCloseTo(-1, within(1e-12));
    // a = {1, 0, 2}: mean 1, deviations {0, -1, 1}; b deviations {-0.5, 0, 0.5}.
    // cov = 0.5, var a = 2, var b = 0.5: r = 0.5 / sqrt(1) = 0.5.
    assertThat(RegressionMetrics.pearson(new double[] {1, 0, 2}, gold))
        .isCloseTo(0.5, within(1e-12));
    assertThat(RegressionMetrics.pearson(new double[] {2, 2, 2}, gold)).isNaN();
    assertThat(RegressionMetrics.meanAbsoluteError(new double[] {0.1, 0.5, 0.7}, gold))
        .isCloseTo((0.1 + 0 + 0.3) / 3, within(1e-12));
  }

  @Test
  void mismatchedOrTooShortInputIsRejected() {
    assertThatThrownBy(() -> RegressionMetrics.pearson(new double[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 and 1");
    assertThatThrownBy(
            () -> RegressionMetrics.meanAbsoluteError(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 and 1");
  }
}
