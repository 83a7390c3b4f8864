package dev.affectrec.behaviour.train;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.behaviour.model.LabelledSession;
import java.util.List;

/**
 * The baseline the behaviour model must beat: L2-regularised logistic regression of {@code
 * positive} against every other label on the same features, each standardised with the training
 * mean and deviation, fitted by full-batch gradient descent (step 0.5, 2,000 steps, L2 weight 1e-3,
 * no intercept penalty). Deterministic; no tuning on dev. Immutable once fitted.
 */
public final class LogisticRegression {
  private static final int STEPS = 2_000;
  private static final double STEP_SIZE = 0.5;
  private static final double L2 = 1e-3;

  private final double[] mean;
  private final double[] scale;
  private final double[] weights;
  private final double bias;

  private LogisticRegression(double[] mean, double[] scale, double[] weights, double bias) {
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
    this.bias = bias;
  }

  /**
   * Fits on {@code examples}.
   *
   * @param examples at least one
   */
  public static LogisticRegression fit(List<LabelledSession> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("cannot fit on no examples");
    }
    int n = examples.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = examples.get(i).features().modelValues();
      y[i] = examples.get(i).label() == Polarity.POSITIVE ? 1 : 0;
    }
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        row[j] = (row[j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[d];
    double b = 0;
    for (int step = 0; step < STEPS; step++) {
      double[] gradient = new double[d];
      double gradientBias = 0;
      for (int i = 0; i < n; i++) {
        double error = sigmoid(dot(w, x[i]) + b) - y[i];
        for (int j = 0; j < d; j++) {
          gradient[j] += error * x[i][j] / n;
        }
        gradientBias += error / n;
      }
      for (int j = 0; j < d; j++) {
        w[j] -= STEP_SIZE * (gradient[j] + L2 * w[j]);
      }
      b -= STEP_SIZE * gradientBias;
    }
    return new LogisticRegression(mean, scale, w, b);
  }

  /** The probability that {@code example} is positive. */
  public double probability(LabelledSession example) {
    double[] values = example.features().modelValues();
    double z = bias;
    for (int j = 0; j < values.length; j++) {
      z += weights[j] * (values[j] - mean[j]) / scale[j];
    }
    return sigmoid(z);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
