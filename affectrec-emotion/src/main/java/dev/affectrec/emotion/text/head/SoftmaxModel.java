package dev.affectrec.emotion.text.head;

import java.util.Objects;

/**
 * A trained multinomial logistic regression: {@code p = softmax(W x + b)}. Immutable and
 * thread-safe.
 */
public final class SoftmaxModel implements ProbabilityModel {
  private final int classes;
  private final int dimension;
  private final float[] weights;
  private final float[] bias;

  /**
   * Wraps copies of the parameters.
   *
   * @param weights row-major {@code classes x dimension}
   * @param bias {@code classes} entries
   */
  public SoftmaxModel(int classes, int dimension, float[] weights, float[] bias) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(bias, "bias");
    if (classes < 2 || dimension < 1) {
      throw new IllegalArgumentException("need >= 2 classes and >= 1 feature");
    }
    if (weights.length != classes * dimension || bias.length != classes) {
      throw new IllegalArgumentException(
          "weights must be " + classes + "x" + dimension + " and bias " + classes);
    }
    this.classes = classes;
    this.dimension = dimension;
    this.weights = weights.clone();
    this.bias = bias.clone();
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** A copy of the weights, row-major classes x dimension. */
  public float[] weights() {
    return weights.clone();
  }

  /** A copy of the biases. */
  public float[] bias() {
    return bias.clone();
  }

  /** Raw scores {@code W x + b}; indices at or beyond the dimension are ignored. */
  public double[] logits(SparseRow x) {
    double[] z = new double[classes];
    int[] idx = x.indices();
    float[] val = x.values();
    for (int k = 0; k < classes; k++) {
      double s = bias[k];
      int base = k * dimension;
      for (int i = 0; i < idx.length; i++) {
        if (idx[i] < dimension) {
          s += weights[base + idx[i]] * val[i];
        }
      }
      z[k] = s;
    }
    return z;
  }

  @Override
  public double[] probabilities(SparseRow x) {
    return Softmax.of(logits(x), 1.0);
  }
}
