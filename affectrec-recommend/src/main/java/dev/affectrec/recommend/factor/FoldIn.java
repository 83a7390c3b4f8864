package dev.affectrec.recommend.factor;

import java.util.Map;

/**
 * How a factor model folds in a user from a history: it solves the implicit-feedback least squares
 * for the user's vector with the item vectors fixed.
 *
 * @param lambda L2 regularisation, at least 0
 * @param alpha confidence slope: {@code c = 1 + alpha * value}, at least 0
 * @param binary whether every history value counts 1
 * @param weighted whether the regularisation is scaled by the history's length ({@code lambda * n},
 *     as ALS-WR and Spark MLlib scale it) instead of {@code lambda} alone
 * @param exponent when weighted, the power of the history's length: {@code lambda * n^exponent}, in
 *     [0, 1]
 */
public record FoldIn(
    double lambda, double alpha, boolean binary, boolean weighted, double exponent) {

  /** Fold-in weighted as ALS-WR weights ({@code lambda * n}) when {@code weighted}. */
  public FoldIn(double lambda, double alpha, boolean binary, boolean weighted) {
    this(lambda, alpha, binary, weighted, 1);
  }

  /** Unweighted fold-in: the regularisation is {@code lambda} whatever the history's length. */
  public FoldIn(double lambda, double alpha, boolean binary) {
    this(lambda, alpha, binary, false, 1);
  }

  /** Validates the fields. */
  public FoldIn {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("lambda must be a finite number >= 0 but was " + lambda);
    }
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be a finite number >= 0 but was " + alpha);
    }
    if (!(exponent >= 0 && exponent <= 1)) {
      throw new IllegalArgumentException("exponent must be in [0, 1] but was " + exponent);
    }
  }

  /** The confidence of an interaction of strength {@code value}. */
  public float confidence(float value) {
    return (float) (1 + alpha * (binary ? 1 : value));
  }

  /**
   * The regularisation of a vector fitted to {@code count} interactions: {@code lambda * max(count,
   * 1)^exponent} when weighted, else {@code lambda}.
   */
  public double regularisation(int count) {
    return weighted ? lambda * Math.pow(Math.max(count, 1), exponent) : lambda;
  }

  Map<String, String> describe() {
    return Map.of(
        "foldIn.lambda", Double.toString(lambda),
        "foldIn.alpha", Double.toString(alpha),
        "foldIn.binary", Boolean.toString(binary),
        "foldIn.weighted", Boolean.toString(weighted),
        "foldIn.exponent", Double.toString(exponent));
  }
}
