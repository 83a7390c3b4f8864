package dev.affectrec.api.emotion;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A probability distribution over the seven {@link Emotion} labels. Immutable and thread-safe.
 *
 * <p>Every probability is finite and in [0, 1] and they sum to 1 within 1e-6; factories that take
 * raw scores normalise them first.
 */
public final class EmotionDistribution {
  private static final double SUM_TOLERANCE = 1e-6;

  /** All mass on {@link Emotion#NEUTRAL}. */
  public static final EmotionDistribution NEUTRAL = pointMass(Emotion.NEUTRAL);

  /** Equal mass on every label: the reading that carries no information. */
  public static final EmotionDistribution UNIFORM = normalised(filled(1.0));

  private final double[] probabilities;

  private EmotionDistribution(double[] probabilities) {
    this.probabilities = probabilities;
  }

  /**
   * Wraps a copy of {@code probabilities}, indexed by {@link Emotion#ordinal()}.
   *
   * @throws IllegalArgumentException if the length is not 7, a value is outside [0, 1] or not
   *     finite, or the values do not sum to 1 within 1e-6
   */
  public static EmotionDistribution of(double... probabilities) {
    double[] copy = checkedCopy(probabilities);
    double sum = 0;
    for (double p : copy) {
      sum += p;
    }
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("emotion probabilities must sum to 1 but sum to " + sum);
    }
    return new EmotionDistribution(copy);
  }

  /**
   * Normalises non-negative scores so that they sum to 1.
   *
   * @throws IllegalArgumentException if the length is not 7, a score is negative or not finite, or
   *     all scores are zero
   */
  public static EmotionDistribution normalised(double... scores) {
    if (scores == null || scores.length != Emotion.COUNT) {
      throw new IllegalArgumentException(
          "emotion scores must have exactly " + Emotion.COUNT + " entries");
    }
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i]) || scores[i] < 0) {
        throw new IllegalArgumentException(
            "emotion score for "
                + Emotion.ofIndex(i).wireName()
                + " must be finite and >= 0 but was "
                + scores[i]);
      }
      sum += scores[i];
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("emotion scores must not all be zero");
    }
    double[] out = new double[Emotion.COUNT];
    for (int i = 0; i < out.length; i++) {
      out[i] = scores[i] / sum;
    }
    return new EmotionDistribution(out);
  }

  /** Builds a distribution from a map; labels that are absent get 0. Normalises. */
  public static EmotionDistribution fromMap(Map<Emotion, Double> scores) {
    double[] raw = new double[Emotion.COUNT];
    scores.forEach((emotion, score) -> raw[emotion.ordinal()] = score);
    return normalised(raw);
  }

  /** All mass on one label. */
  public static EmotionDistribution pointMass(Emotion emotion) {
    double[] p = new double[Emotion.COUNT];
    p[emotion.ordinal()] = 1.0;
    return new EmotionDistribution(p);
  }

  /** Probability of {@code emotion}, in [0, 1]. */
  public double probability(Emotion emotion) {
    return probabilities[emotion.ordinal()];
  }

  /** A copy of the probabilities indexed by {@link Emotion#ordinal()}. */
  public double[] toArray() {
    return probabilities.clone();
  }

  /**
   * The most probable label. A tie with {@link Emotion#NEUTRAL} goes to neutral (a distribution
   * that cannot tell the emotions apart, such as {@link #UNIFORM}, names none); other ties go to
   * the label declared first.
   */
  public Emotion top() {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    int neutral = Emotion.NEUTRAL.ordinal();
    return probabilities[neutral] == probabilities[best] ? Emotion.NEUTRAL : Emotion.ofIndex(best);
  }

  /** Shannon entropy in nats, in [0, ln 7]. */
  public double entropy() {
    double h = 0;
    for (double p : probabilities) {
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return h;
  }

  /** Entropy divided by ln 7, in [0, 1]: 0 for a point mass, 1 for the uniform distribution. */
  public double normalisedEntropy() {
    return entropy() / Math.log(Emotion.COUNT);
  }

  /** An unmodifiable map in label order, for rendering. */
  public Map<Emotion, Double> asMap() {
    EnumMap<Emotion, Double> map = new EnumMap<>(Emotion.class);
    for (Emotion emotion : Emotion.values()) {
      map.put(emotion, probabilities[emotion.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  private static double[] filled(double value) {
    double[] p = new double[Emotion.COUNT];
    Arrays.fill(p, value);
    return p;
  }

  private static double[] checkedCopy(double[] probabilities) {
    if (probabilities == null || probabilities.length != Emotion.COUNT) {
      throw new IllegalArgumentException(
          "emotion probabilities must have exactly " + Emotion.COUNT + " entries");
    }
    double[] copy = probabilities.clone();
    for (int i = 0; i < copy.length; i++) {
      if (!Double.isFinite(copy[i]) || copy[i] < 0 || copy[i] > 1) {
        throw new IllegalArgumentException(
            "probability of "
                + Emotion.ofIndex(i).wireName()
                + " must be in [0, 1] but was "
                + copy[i]);
      }
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmotionDistribution that
        && Arrays.equals(probabilities, that.probabilities);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
