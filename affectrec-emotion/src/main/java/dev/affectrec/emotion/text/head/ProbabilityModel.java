package dev.affectrec.emotion.text.head;

/**
 * A trained classifier over one feature row: the embedding half of a {@link TextHead} is either a
 * {@link SoftmaxModel} (logistic regression) or an {@link MlpModel} (one hidden layer), chosen per
 * head on dev by {@code emotion train}. Implementations are immutable and thread-safe.
 */
public sealed interface ProbabilityModel permits SoftmaxModel, MlpModel {
  /** Number of classes, at least 2. */
  int classes();

  /** Number of input features; indices at or beyond it are ignored. */
  int dimension();

  /** Class probabilities, summing to 1. */
  double[] probabilities(SparseRow x);
}
