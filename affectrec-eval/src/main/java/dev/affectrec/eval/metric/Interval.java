package dev.affectrec.eval.metric;

/**
 * A sample mean with the half-width of its 95% confidence interval (Student t with {@code n - 1}
 * degrees of freedom).
 *
 * @param mean the sample mean, NaN for no samples
 * @param halfWidth the 95% half-width, NaN for fewer than two samples
 * @param n the number of samples
 */
public record Interval(double mean, double halfWidth, int n) {

  /** The interval of {@code values}. */
  public static Interval of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN, 0);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Interval(mean, Double.NaN, 1);
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new Interval(mean, StudentT.quantile975(n - 1) * sd / Math.sqrt(n), n);
  }
}
