package dev.affectrec.emotion.text.eval;

/** Metrics of real-valued predictions against real-valued gold values. Stateless. */
public final class RegressionMetrics {
  private RegressionMetrics() {}

  /**
   * Pearson's correlation coefficient of {@code a} and {@code b}, in [-1, 1]; NaN when either is
   * constant.
   *
   * @throws IllegalArgumentException if the arrays differ in length or hold fewer than 2 values
   */
  public static double pearson(double[] a, double[] b) {
    check(a, b, 2);
    double ma = mean(a);
    double mb = mean(b);
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      cov += (a[i] - ma) * (b[i] - mb);
      va += (a[i] - ma) * (a[i] - ma);
      vb += (b[i] - mb) * (b[i] - mb);
    }
    return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
  }

  /**
   * Mean absolute difference of {@code predicted} and {@code gold}.
   *
   * @throws IllegalArgumentException if the arrays differ in length or are empty
   */
  public static double meanAbsoluteError(double[] predicted, double[] gold) {
    check(predicted, gold, 1);
    double sum = 0;
    for (int i = 0; i < gold.length; i++) {
      sum += Math.abs(predicted[i] - gold[i]);
    }
    return sum / gold.length;
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  private static void check(double[] a, double[] b, int min) {
    if (a.length != b.length || a.length < min) {
      throw new IllegalArgumentException(
          "need two arrays of equal length >= "
              + min
              + " but got "
              + a.length
              + " and "
              + b.length);
    }
  }
}
