package dev.affectrec.emotion.text.head;

import java.util.Objects;

/**
 * A trained one-hidden-layer perceptron: {@code p = softmax(W2 relu(W1 x + b1) + b2)}. Both layers
 * are held as {@link SoftmaxModel}s, whose {@link SoftmaxModel#logits logits} are exactly the
 * affine maps {@code W x + b}, so the quantisation and file format of logistic regression serve
 * both layers. Immutable and thread-safe.
 *
 * @param hidden the first layer: {@code hidden units x input features}
 * @param output the second layer: {@code classes x hidden units}
 */
public record MlpModel(SoftmaxModel hidden, SoftmaxModel output) implements ProbabilityModel {

  /** Validates that the layers fit together. */
  public MlpModel {
    Objects.requireNonNull(hidden, "hidden");
    Objects.requireNonNull(output, "output");
    if (output.dimension() != hidden.classes()) {
      throw new IllegalArgumentException(
          "output layer reads "
              + output.dimension()
              + " inputs but the hidden layer has "
              + hidden.classes()
              + " units");
    }
  }

  /** Number of hidden units. */
  public int hiddenUnits() {
    return hidden.classes();
  }

  @Override
  public int classes() {
    return output.classes();
  }

  @Override
  public int dimension() {
    return hidden.dimension();
  }

  @Override
  public double[] probabilities(SparseRow x) {
    double[] z = hidden.logits(x);
    float[] h = new float[z.length];
    for (int j = 0; j < z.length; j++) {
      h[j] = (float) Math.max(0, z[j]);
    }
    return Softmax.of(output.logits(SparseRow.dense(h)), 1.0);
  }
}
