package dev.affectrec.emotion.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final List<String> LABELS = List.of("a", "b");

  @Test
  void handComputedAccuracyF1AndConfusion() {
    List<double[]> p =
        List.of(
            new double[] {0.9, 0.1},
            new double[] {0.4, 0.6},
            new double[] {0.7, 0.3},
            new double[] {0.2, 0.8});
    List<int[]> gold = List.of(new int[] {0}, new int[] {0}, new int[] {1}, new int[] {1});
    ClassificationReport r = Metrics.report(LABELS, p, gold, Double.NaN);
    assertThat(r.accuracy()).isEqualTo(0.5);
    // class a: tp 1, fp 1, fn 1 -> F1 0.5; class b the same.
    assertThat(r.perClassF1()).containsExactly(0.5, 0.5);
    assertThat(r.macroF1()).isEqualTo(0.5);
    assertThat(r.confusion()).isEqualTo(new int[][] {{1, 1}, {1, 1}});
    assertThat(r.render()).contains("macro-F1 0.5000");
  }

  @Test
  void multiLabelThresholdAddsLabels() {
    List<double[]> p = List.of(new double[] {0.55, 0.45});
    List<int[]> gold = List.of(new int[] {0, 1});
    assertThat(Metrics.report(LABELS, p, gold, 0.4).macroF1()).isEqualTo(1.0);
    assertThat(Metrics.report(LABELS, p, gold, 0.5).macroF1()).isEqualTo(0.5);
  }

  @Test
  void eceOfPerfectlyCalibratedBinsIsZeroAndOverconfidenceShows() {
    List<double[]> p = List.of(new double[] {1.0, 0.0}, new double[] {1.0, 0.0});
    assertThat(Metrics.ece(p, List.of(new int[] {0}, new int[] {0}))).isEqualTo(0);
    assertThat(Metrics.ece(p, List.of(new int[] {0}, new int[] {1}))).isCloseTo(0.5, within(1e-12));
  }
}
