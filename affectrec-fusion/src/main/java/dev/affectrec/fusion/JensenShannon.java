package dev.affectrec.fusion;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;

/** Jensen-Shannon divergence between emotion distributions. Stateless and thread-safe. */
public final class JensenShannon {
  private static final double LN2 = Math.log(2);

  private JensenShannon() {}

  /**
   * The Jensen-Shannon divergence in bits: 0 for equal distributions, 1 for distributions with
   * disjoint support. Symmetric; the result is clamped into [0, 1] against rounding.
   */
  public static double divergence(EmotionDistribution p, EmotionDistribution q) {
    double[] a = p.toArray();
    double[] b = q.toArray();
    double sum = 0;
    for (int i = 0; i < Emotion.COUNT; i++) {
      double m = (a[i] + b[i]) / 2;
      sum += term(a[i], m) + term(b[i], m);
    }
    return Math.min(1, Math.max(0, sum / 2 / LN2));
  }

  private static double term(double x, double m) {
    return x > 0 ? x * Math.log(x / m) : 0;
  }
}
