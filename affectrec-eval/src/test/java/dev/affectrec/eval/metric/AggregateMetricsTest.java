package dev.affectrec.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateMetricsTest {

  @Test
  void intervalUsesStudentT() {
    Interval i = Interval.of(new double[] {1, 2, 3, 4});
    // mean 2.5, sd sqrt(5/3), t(3) = 3.182
    assertThat(i.mean()).isEqualTo(2.5);
    assertThat(i.halfWidth()).isCloseTo(3.182 * Math.sqrt(5.0 / 3) / 2, within(1e-9));
    assertThat(Interval.of(new double[] {7}).halfWidth()).isNaN();
    assertThat(Interval.of(new double[0]).mean()).isNaN();
    assertThat(StudentT.quantile975(1000)).isCloseTo(1.962, within(1e-3));
  }

  @Test
  void rmseAndMae() {
    double[] p = {3, 4, 5};
    double[] a = {4, 4, 3};
    assertThat(ErrorMetrics.rmse(p, a)).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
    assertThat(ErrorMetrics.mae(p, a)).isCloseTo(1, within(1e-12));
    assertThat(ErrorMetrics.rmse(new double[0], new double[0])).isNaN();
    assertThatThrownBy(() -> ErrorMetrics.mae(p, new double[1]))
        .hasMessageContaining("3 predictions");
  }

  @Test
  void coverageNoveltyAndDiversity() {
    // Items: a(u1,u2) b(u1,u2) c(u2) d(u3); 3 users.
    InteractionMatrix m = Fixtures.matrix("u1 a 1, u1 b 1, u2 a 1, u2 b 1, u2 c 1, u3 d 1");
    List<int[]> lists = List.of(new int[] {0, 1}, new int[] {0, 3});
    assertThat(BeyondAccuracy.coverage(lists, 4)).isEqualTo(0.75);
    double expectedNovelty = (3 * -log2(2.0 / 3) + -log2(1.0 / 3)) / 4; // a twice, b once, d once
    assertThat(BeyondAccuracy.novelty(lists, m)).isCloseTo(expectedNovelty, within(1e-12));
    assertThat(BeyondAccuracy.intraListDiversity(new int[] {0, 1}, m)).isCloseTo(0, within(1e-12));
    // a vs c: 1 common / sqrt(2 * 1); a vs d: 0; c vs d: 0
    double ild = ((1 - 1 / Math.sqrt(2)) + 1 + 1) / 3;
    assertThat(BeyondAccuracy.intraListDiversity(new int[] {0, 2, 3}, m))
        .isCloseTo(ild, within(1e-12));
    assertThat(BeyondAccuracy.intraListDiversity(new int[] {0}, m)).isNaN();
    assertThat(BeyondAccuracy.novelty(List.of(new int[0]), m)).isNaN();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
