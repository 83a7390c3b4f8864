package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.emotion.text.head.MlpModel;
import dev.affectrec.emotion.text.head.ProbabilityModel;
import dev.affectrec.emotion.text.head.QuantisedWeights;
import dev.affectrec.emotion.text.head.SoftmaxModel;
import dev.affectrec.emotion.text.head.SoftmaxTrainer;
import dev.affectrec.emotion.text.head.SparseRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpTrainerTest {
  private final List<SparseRow> rows = new ArrayList<>();
  private final List<double[]> targets = new ArrayList<>();

  /** XOR of the signs of two noisy coordinates: no linear model gets it much above chance. */
  MlpTrainerTest() {
    Random random = new Random(3);
    for (int i = 0; i < 800; i++) {
      float a = (float) random.nextGaussian();
      float b = (float) random.nextGaussian();
      rows.add(SparseRow.dense(new float[] {a, b, 1f}));
      targets.add((a > 0) == (b > 0) ? new double[] {1, 0} : new double[] {0, 1});
    }
  }

  private double accuracy(ProbabilityModel model) {
    int right = 0;
    for (int i = 0; i < rows.size(); i++) {
      double[] p = model.probabilities(rows.get(i));
      right += (p[1] > p[0]) == (targets.get(i)[1] == 1) ? 1 : 0;
    }
    return right / (double) rows.size();
  }

  private static MlpTrainer trainer(long seed) {
    return new MlpTrainer(new MlpConfig(16, 40, 16, 1e-2, 1e-4, 0.1, List.of()), seed, 2);
  }

  @Test
  void learnsWhatLogisticRegressionCannot() {
    MlpTrainer.Result mlp = trainer(42).train(rows, targets, 3, 2);
    SoftmaxModel lr = new SoftmaxTrainer(1e-4, 100, 1).train(rows, targets, 3, 2);
    assertThat(accuracy(lr)).isLessThan(0.7);
    assertThat(accuracy(mlp.model())).isGreaterThan(0.9);
    assertThat(accuracy(QuantisedWeights.roundTrip(mlp.model()))).isGreaterThan(0.9);
    assertThat(mlp.epochs()).isBetween(1, 40);
    assertThat(mlp.model().hiddenUnits()).isEqualTo(16);
  }

  @Test
  void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
    MlpModel a = trainer(42).train(rows, targets, 3, 2).model();
    MlpModel b = trainer(42).train(rows, targets, 3, 2).model();
    MlpModel c = trainer(43).train(rows, targets, 3, 2).model();
    assertThat(b.hidden().weights()).containsExactly(a.hidden().weights());
    assertThat(b.output().weights()).containsExactly(a.output().weights());
    assertThat(b.output().bias()).containsExactly(a.output().bias());
    assertThat(c.hidden().weights()).isNotEqualTo(a.hidden().weights());
  }

  @Test
  void rejectsBadSettingsAndMismatchedData() {
    assertThatThrownBy(() -> new MlpTrainer(MlpConfig.off(), 1, 1))
        .hasMessageContaining("2 hidden units");
    assertThatThrownBy(() -> new MlpConfig(8, 5, 16, 1e-3, 0, 0.9, List.of()))
        .hasMessageContaining("validationShare");
    assertThatThrownBy(() -> trainer(1).train(rows, targets.subList(0, 5), 3, 2))
        .hasMessageContaining("800 vs 5");
    assertThatThrownBy(
            () ->
                new MlpModel(
                    new SoftmaxModel(4, 3, new float[12], new float[4]),
                    new SoftmaxModel(2, 5, new float[10], new float[2])))
        .hasMessageContaining("4 units");
  }
}
