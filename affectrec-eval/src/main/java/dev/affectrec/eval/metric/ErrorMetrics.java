package dev.affectrec.eval.metric;

/** Rating-prediction error. Stateless and thread-safe. */
public final class ErrorMetrics {
  private ErrorMetrics() {}

  /**
   * Root mean squared error.
   *
   * @return NaN for empty arrays
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double rmse(double[] predicted, double[] actual) {
    check(predicted, actual);
    double sum = 0;
    for (int n = 0; n < actual.length; n++) {
      double d = predicted[n] - actual[n];
      sum += d * d;
    }
    return actual.length == 0 ? Double.NaN : Math.sqrt(sum / actual.length);
  }

  /** Mean absolute error; NaN for empty arrays. */
  public static double mae(double[] predicted, double[] actual) {
    check(predicted, actual);
    double sum = 0;
    for (int n = 0; n < actual.length; n++) {
      sum += Math.abs(predicted[n] - actual[n]);
    }
    return actual.length == 0 ? Double.NaN : sum / actual.length;
  }

  private static void check(double[] predicted, double[] actual) {
    if (predicted.length != actual.length) {
      throw new IllegalArgumentException(
          predicted.length + " predictions for " + actual.length + " ratings");
    }
  }
}
