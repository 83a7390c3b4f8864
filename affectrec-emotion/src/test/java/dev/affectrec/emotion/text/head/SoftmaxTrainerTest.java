package dev.affectrec.emotion.text.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

  @Test
  void lbfgsFindsTheMinimumOfAQuadratic() {
    double[] x = {5, -3};
    double value =
        new Lbfgs(5, 100, 0)
            .minimise(
                (p, g) -> {
                  g[0] = 2 * (p[0] - 1);
                  g[1] = 4 * (p[1] + 2);
                  return (p[0] - 1) * (p[0] - 1) + 2 * (p[1] + 2) * (p[1] + 2);
                },
                x);
    assertThat(value).isCloseTo(0, within(1e-8));
    assertThat(x[0]).isCloseTo(1, within(1e-4));
    assertThat(x[1]).isCloseTo(-2, within(1e-4));
  }

  @Test
  void learnsASeparableThreeClassProblem() {
    List<SparseRow> rows = new ArrayList<>();
    List<double[]> targets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int c = i % 3;
      rows.add(new SparseRow(new int[] {c, 3}, new float[] {1f, 0.5f}));
      double[] t = new double[3];
      t[c] = 1;
      targets.add(t);
    }
    SoftmaxModel model = new SoftmaxTrainer(1e-3, 200, 2).train(rows, targets, 4, 3);
    for (int c = 0; c < 3; c++) {
      double[] p = model.probabilities(new SparseRow(new int[] {c}, new float[] {1f}));
      assertThat(p[c]).isGreaterThan(0.8);
    }
  }

  @Test
  void theSameDataGivesTheSameModel() {
    List<SparseRow> rows =
        List.of(SparseRow.dense(new float[] {1, 0}), SparseRow.dense(new float[] {0, 1}));
    List<double[]> targets = List.of(new double[] {1, 0}, new double[] {0, 1});
    SoftmaxModel a = new SoftmaxTrainer(0.01, 50, 1).train(rows, targets, 2, 2);
    SoftmaxModel b = new SoftmaxTrainer(0.01, 50, 1).train(rows, targets, 2, 2);
    assertThat(a.weights()).containsExactly(b.weights());
  }

  @Test
  void rejectsMismatchedTargetsAndBadSettings() {
    assertThatThrownBy(
            () ->
                new SoftmaxTrainer(0, 1, 1)
                    .train(List.of(SparseRow.dense(new float[] {1})), List.of(), 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("targets");
    assertThatThrownBy(() -> new SoftmaxTrainer(-1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void softmaxIsStableAndTemperatureFlattens() {
    double[] p = Softmax.of(new double[] {1000, 1001}, 1);
    assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
    assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-9));
    double[] hot = Softmax.temper(new double[] {0.2, 0.8}, 2);
    assertThat(hot[1]).isCloseTo(Math.sqrt(0.8) / (Math.sqrt(0.8) + Math.sqrt(0.2)), within(1e-9));
  }
}
