package dev.affectrec.emotion.text.head;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpModelTest {
  @Test
  void probabilitiesEqualTheLayersEvaluatedOneAfterTheOtherBitForBit() {
    Random random = new Random(5);
    float[] w1 = new float[16 * 7];
    float[] w2 = new float[3 * 16];
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) random.nextGaussian();
    }
    for (int i = 0; i < w2.length; i++) {
      w2[i] = (float) random.nextGaussian();
    }
    float[] b1 = new float[16];
    b1[3] = 0.4f;
    SoftmaxModel hidden = new SoftmaxModel(16, 7, w1, b1);
    SoftmaxModel output = new SoftmaxModel(3, 16, w2, new float[] {0.1f, 0f, -0.1f});
    MlpModel mlp = new MlpModel(hidden, output);
    for (int n = 0; n < 20; n++) {
      float[] x = new float[7];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) random.nextGaussian();
      }
      // sparse rows too, with an index beyond the dimension that both ignore
      SparseRow row =
          n % 2 == 0
              ? SparseRow.dense(x)
              : new SparseRow(new int[] {5, 1, 9}, new float[] {x[0], x[1], x[2]});
      double[] z = hidden.logits(row);
      float[] h = new float[z.length];
      for (int j = 0; j < h.length; j++) {
        h[j] = (float) Math.max(0, z[j]);
      }
      double[] expected = Softmax.of(output.logits(SparseRow.dense(h)), 1.0);
      assertThat(mlp.probabilities(row)).containsExactly(expected);
    }
  }
}
