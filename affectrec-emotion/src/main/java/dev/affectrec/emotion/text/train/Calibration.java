package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.head.Softmax;
import java.util.ArrayList;
import java.util.List;

/** Temperature scaling: one scalar fitted by grid search on held-out log-loss. Stateless. */
public final class Calibration {
  private Calibration() {}

  /**
   * The temperature in [0.3, 5] minimising the mean log-loss of {@code p^(1/T)} on {@code gold}.
   */
  public static double fitTemperature(List<double[]> probabilities, List<int[]> gold, int k) {
    double best = 1;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double t = 0.3; t <= 5.0001; t += 0.05) {
      double loss = 0;
      for (int i = 0; i < gold.size(); i++) {
        double[] p = Softmax.temper(probabilities.get(i), t);
        int[] g = gold.get(i);
        for (int label : g) {
          loss -= Math.log(Math.max(p[label], 1e-15)) / g.length;
        }
      }
      if (loss < bestLoss - 1e-12) {
        bestLoss = loss;
        best = Math.round(t * 100) / 100.0;
      }
    }
    return best;
  }

  /** Every vector re-tempered with {@code temperature}. */
  public static List<double[]> temperAll(List<double[]> probabilities, double temperature) {
    List<double[]> out = new ArrayList<>(probabilities.size());
    for (double[] p : probabilities) {
      out.add(Softmax.temper(p, temperature));
    }
    return out;
  }
}
