package dev.affectrec.analytics.risk;

import java.util.Arrays;

/**
 * L2-regularised logistic regression on standardised features, fitted by full-batch gradient
 * descent with a fixed rate, at most 2,000 steps, stopping once every gradient component is below
 * 1e-6, so a run is deterministic. The L2 strength is the caller's (chosen on validation data by
 * {@link RiskModelChoice}). Immutable.
 */
public final class LogisticModel {
  /** The L2 strength used when none is chosen. */
  public static final double DEFAULT_L2 = 1e-2;

  private static final double RATE = 0.5;
  private static final int ITERATIONS = 2_000;

  /** Gradient size below which the fit stops early (the weights no longer move). */
  private static final double CONVERGED = 1e-6;

  private final double[] mean;
  private final double[] scale;
  private final double[] weights; // bias last

  private LogisticModel(double[] mean, double[] scale, double[] weights) {
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
  }

  /** Fits with {@link #DEFAULT_L2}. */
  public static LogisticModel fit(double[][] x, int[] y) {
    return fit(x, y, DEFAULT_L2);
  }

  /**
   * Fits {@code y} (0 or 1) from {@code x} (rows of equal length, at least one row) with L2
   * strength {@code l2} (at least 0) on the weights, not the bias.
   *
   * @throws IllegalArgumentException when the sizes disagree or there is no row
   */
  public static LogisticModel fit(double[][] x, int[] y, double l2) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("need one label per row and at least one row");
    }
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / x.length;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
    }
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = standardise(x[i], mean, scale);
    }
    double[] w = new double[d + 1];
    double[] gradient = new double[d + 1];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      Arrays.fill(gradient, 0);
      for (int i = 0; i < z.length; i++) {
        double error = sigmoid(dot(w, z[i])) - y[i];
        for (int j = 0; j < d; j++) {
          gradient[j] += error * z[i][j] / z.length;
        }
        gradient[d] += error / z.length;
      }
      double largest = Math.abs(gradient[d]);
      for (int j = 0; j < d; j++) {
        double step = gradient[j] + l2 * w[j];
        largest = Math.max(largest, Math.abs(step));
        w[j] -= RATE * step;
      }
      w[d] -= RATE * gradient[d];
      if (largest < CONVERGED) {
        break;
      }
    }
    return new LogisticModel(mean, scale, w);
  }

  /** The probability of label 1 for {@code features}. */
  public double probability(double[] features) {
    return sigmoid(dot(weights, standardise(features, mean, scale)));
  }

  private static double[] standardise(double[] row, double[] mean, double[] scale) {
    double[] z = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      z[j] = (row[j] - mean[j]) / scale[j];
    }
    return z;
  }

  private static double dot(double[] w, double[] z) {
    double s = w[z.length];
    for (int j = 0; j < z.length; j++) {
      s += w[j] * z[j];
    }
    return s;
  }

  private static double sigmoid(double v) {
    return 1 / (1 + Math.exp(-v));
  }
}
