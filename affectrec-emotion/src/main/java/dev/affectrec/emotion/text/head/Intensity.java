package dev.affectrec.emotion.text.head;

import java.util.List;

/**
 * The two ways a reading's intensity in [0, 1] is made. English bundles carry a trained head under
 * {@link #TASK}: a two-class {@link TextHead} over {@link #LABELS} fitted to soft targets {@code [1
 * - y, y]}, whose {@code intense} probability is the predicted {@code y}. Chinese, with no
 * sentence-level intensity ratings to train on, keeps {@link #derived}, a formula over the emotion
 * and polarity heads. Stateless.
 */
public final class Intensity {
  /** Task name of the trained intensity head in a bundle. */
  public static final String TASK = "intensity";

  /** Label order of the trained head: index 1 is the intensity. */
  public static final List<String> LABELS = List.of("calm", "intense");

  private Intensity() {}

  /**
   * A trained intensity head: no prior correction, temperature 1 (soft-target logistic regression
   * already predicts the mean target).
   *
   * @param embeddingWeight weight of {@code embeddingModel} in the average, in [0, 1]
   */
  public static TextHead head(
      SoftmaxModel embeddingModel, SoftmaxModel tfidfModel, double embeddingWeight) {
    return new TextHead(
        TASK,
        LABELS,
        false,
        embeddingModel,
        tfidfModel,
        embeddingWeight,
        1,
        0,
        new double[LABELS.size()]);
  }

  /** The intensity in [0, 1] that a trained head predicts for one text's rows. */
  public static double predict(TextHead head, SparseRow embeddingRow, SparseRow tfidfRow) {
    return clamp(head.probabilities(embeddingRow, tfidfRow)[1]);
  }

  /**
   * The derived intensity {@code (1 - P(neutral)) * max(P(negative | polar), P(positive | polar))},
   * in [0, 1]: how far from neutral and how one-sided.
   *
   * @param neutral the calibrated probability of the neutral emotion, in [0, 1]
   * @param polarity the calibrated binary polarity {@code [negative, positive]}
   */
  public static double derived(double neutral, double[] polarity) {
    return clamp((1 - neutral) * Math.max(polarity[0], polarity[1]));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
