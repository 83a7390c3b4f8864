package dev.affectrec.emotion.text.head;

import java.util.Objects;

/**
 * A trained one-hidden-layer perceptron: {@code p = softmax(W2 relu(W1 x + b1) + b2)}. Both layers
 * are held as {@link SoftmaxModel}s, whose {@link SoftmaxModel#logits logits} are exactly the
 * affine maps {@code W x + b}, so the quantisation and file format of logistic regression serve
 * both layers. The hidden layer is also kept transposed (input-major) so that a text's hidden units
 * are accumulated input by input in contiguous memory, summing in the same order as {@code logits}:
 * the probabilities are bit-identical to evaluating the layers one after the other. Immutable and
 * thread-safe.
 */
public final class MlpModel implements ProbabilityModel {
  private final SoftmaxModel hidden;
  private final SoftmaxModel output;
  private final float[] hiddenByInput;
  private final float[] hiddenBias;

  /**
   * @param hidden the first layer: {@code hidden units x input features}
   * @param output the second layer: {@code classes x hidden units}
   * @throws IllegalArgumentException if the output layer does not read the hidden units
   */
  public MlpModel(SoftmaxModel hidden, SoftmaxModel output) {
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
    this.hidden = hidden;
    this.output = output;
    int units = hidden.classes();
    int inputs = hidden.dimension();
    float[] w = hidden.weights();
    hiddenByInput = new float[w.length];
    for (int j = 0; j < units; j++) {
      for (int i = 0; i < inputs; i++) {
        hiddenByInput[i * units + j] = w[j * inputs + i];
      }
    }
    hiddenBias = hidden.bias();
  }

  /** The first layer: {@code hidden units x input features}. */
  public SoftmaxModel hidden() {
    return hidden;
  }

  /** The second layer: {@code classes x hidden units}. */
  public SoftmaxModel output() {
    return output;
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
    int units = hiddenBias.length;
    int inputs = hidden.dimension();
    double[] z = new double[units];
    for (int j = 0; j < units; j++) {
      z[j] = hiddenBias[j];
    }
    int[] idx = x.indices();
    float[] val = x.values();
    for (int n = 0; n < idx.length; n++) {
      if (idx[n] >= inputs) {
        continue;
      }
      int base = idx[n] * units;
      float v = val[n];
      for (int j = 0; j < units; j++) {
        z[j] += hiddenByInput[base + j] * v;
      }
    }
    float[] h = new float[units];
    for (int j = 0; j < units; j++) {
      h[j] = (float) Math.max(0, z[j]);
    }
    return Softmax.of(output.logits(SparseRow.dense(h)), 1.0);
  }
}
