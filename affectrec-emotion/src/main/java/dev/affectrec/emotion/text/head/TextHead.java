package dev.affectrec.emotion.text.head;

import dev.affectrec.api.Arguments;
import java.util.List;
import java.util.Objects;

/**
 * One trained task head: the probability average of a model on the sentence embedding (plus cue
 * features; logistic regression or a one-hidden-layer MLP) and a logistic regression on TF-IDF
 * n-grams, then temperature-scaled. Immutable and thread-safe.
 *
 * @param task non-blank task name, for example {@code sst2} or {@code goemotions-ekman}
 * @param labels label names in output order, at least 2
 * @param multiLabel whether the task's examples may carry several labels; if so {@link
 *     #threshold()} selects the predicted set
 * @param embeddingModel input: embedding followed by the cue features
 * @param tfidfModel input: the language's TF-IDF row
 * @param embeddingWeight weight of the embedding model in the average, in [0, 1]
 * @param temperature positive; divides the log of the averaged probabilities
 * @param threshold in [0, 1]; for multi-label prediction every label with probability at or above
 *     it is predicted (and always the top label)
 * @param adjustment per-label log-offsets added before the temperature (prior correction that
 *     trades the majority class for macro-F1), one per label
 */
public record TextHead(
    String task,
    List<String> labels,
    boolean multiLabel,
    ProbabilityModel embeddingModel,
    SoftmaxModel tfidfModel,
    double embeddingWeight,
    double temperature,
    double threshold,
    double[] adjustment) {

  /** Validates the fields. */
  public TextHead {
    Arguments.requireNonBlank(task, "task");
    labels = List.copyOf(labels);
    Objects.requireNonNull(embeddingModel, "embeddingModel");
    Objects.requireNonNull(tfidfModel, "tfidfModel");
    if (embeddingModel.classes() != labels.size() || tfidfModel.classes() != labels.size()) {
      throw new IllegalArgumentException(
          "head " + task + ": models and labels disagree on classes");
    }
    Arguments.requireInRange(embeddingWeight, 0, 1, "embeddingWeight");
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be positive but was " + temperature);
    }
    Arguments.requireInRange(threshold, 0, 1, "threshold");
    if (adjustment == null || adjustment.length != labels.size()) {
      throw new IllegalArgumentException("head " + task + ": need one adjustment per label");
    }
    adjustment = adjustment.clone();
  }

  @Override
  public double[] adjustment() {
    return adjustment.clone();
  }

  /** Uncalibrated averaged probabilities. */
  public double[] rawProbabilities(SparseRow embeddingRow, SparseRow tfidfRow) {
    return mix(
        embeddingModel.probabilities(embeddingRow),
        tfidfModel.probabilities(tfidfRow),
        embeddingWeight);
  }

  /** Calibrated probabilities over {@link #labels()}, summing to 1. */
  public double[] probabilities(SparseRow embeddingRow, SparseRow tfidfRow) {
    return Softmax.temper(
        adjust(rawProbabilities(embeddingRow, tfidfRow), adjustment), temperature);
  }

  /** {@code p * exp(offsets)}, renormalised. */
  public static double[] adjust(double[] p, double[] offsets) {
    double[] out = new double[p.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] * Math.exp(offsets[i]);
      sum += out[i];
    }
    for (int i = 0; i < p.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  /** {@code w * a + (1 - w) * b}. */
  public static double[] mix(double[] a, double[] b, double w) {
    double[] out = new double[a.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = w * a[i] + (1 - w) * b[i];
    }
    return out;
  }
}
