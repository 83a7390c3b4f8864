package dev.affectrec.api.emotion;

/**
 * The one place where valence and arousal are derived from an {@link EmotionDistribution}.
 *
 * <p>Each label sits at a fixed point of Russell's circumplex (valence in [-1, 1], arousal in [0,
 * 1]); the valence and arousal of a distribution are the probability-weighted means of those
 * points. The table:
 *
 * <pre>
 * label     valence  arousal
 * anger      -0.70    0.80
 * disgust    -0.60    0.50
 * fear       -0.70    0.80
 * joy         0.80    0.60
 * sadness    -0.70    0.20
 * surprise    0.20    0.80
 * neutral     0.00    0.20
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Circumplex {
  private static final double[] VALENCE = {-0.70, -0.60, -0.70, 0.80, -0.70, 0.20, 0.00};
  private static final double[] AROUSAL = {0.80, 0.50, 0.80, 0.60, 0.20, 0.80, 0.20};

  private Circumplex() {}

  /** Valence of a single label, in [-1, 1]. */
  public static double valence(Emotion emotion) {
    return VALENCE[emotion.ordinal()];
  }

  /** Arousal of a single label, in [0, 1]. */
  public static double arousal(Emotion emotion) {
    return AROUSAL[emotion.ordinal()];
  }

  /** Probability-weighted valence, in [-1, 1]. */
  public static double valence(EmotionDistribution distribution) {
    return weighted(distribution, VALENCE);
  }

  /** Probability-weighted arousal, in [0, 1]. */
  public static double arousal(EmotionDistribution distribution) {
    return weighted(distribution, AROUSAL);
  }

  private static double weighted(EmotionDistribution distribution, double[] table) {
    double sum = 0;
    for (Emotion emotion : Emotion.values()) {
      sum += distribution.probability(emotion) * table[emotion.ordinal()];
    }
    return sum;
  }
}
