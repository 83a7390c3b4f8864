package dev.affectrec.emotion.text;

import dev.affectrec.api.emotion.Circumplex;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import java.time.Instant;
import java.util.Map;

/**
 * Turns head outputs into an {@link EmotionReading}. Pure functions.
 *
 * <p>Polarity is three-way: neutral takes the emotion head's neutral probability, and the binary
 * sentiment head splits the rest between negative and positive. Intensity comes from the language
 * reader (English: the trained head; Chinese: {@link
 * dev.affectrec.emotion.text.head.Intensity#derived}). Confidence is the calibrated probability of
 * the top emotion.
 */
final class ReadingAssembler {
  private ReadingAssembler() {}

  /**
   * The reading of calibrated emotions (unified order), binary polarity [neg, pos] and an intensity
   * (clamped into [0, 1]).
   */
  static EmotionReading reading(
      double[] emotions,
      double[] polarity,
      double intensity,
      Subject subject,
      Instant time,
      String model) {
    EmotionDistribution dist = EmotionDistribution.normalised(emotions);
    double neutral = dist.probability(Emotion.NEUTRAL);
    double negative = polarity[0] * (1 - neutral);
    double positive = polarity[1] * (1 - neutral);
    PolarityScores scores = PolarityScores.normalised(negative, neutral, positive);
    double confidence = clamp(dist.probability(dist.top()));
    return EmotionReading.derived(
        Modality.TEXT, subject, time, dist, scores, clamp(intensity), confidence, model, null);
  }

  /**
   * A reading that carries no information (confidence 0, intensity 0), for empty, binary or
   * unsupported input: neutral, or with {@code uniform} a uniform distribution and uniform polarity
   * (the text had content we cannot read). Either way its top label is neutral and its valence 0
   * and arousal that of neutral, so that no consumer that ignores the confidence reads a feeling
   * into it.
   */
  static EmotionReading empty(Subject subject, Instant time, String model, boolean uniform) {
    EmotionDistribution dist = uniform ? EmotionDistribution.UNIFORM : EmotionDistribution.NEUTRAL;
    PolarityScores scores =
        uniform ? new PolarityScores(1 / 3.0, 1 / 3.0, 1 / 3.0) : PolarityScores.NEUTRAL;
    return new EmotionReading(
        Modality.TEXT,
        subject,
        time,
        dist,
        scores,
        0,
        Circumplex.arousal(EmotionDistribution.NEUTRAL),
        0,
        0,
        model,
        null);
  }

  /** {@code w * a + (1 - w) * b} element-wise. */
  static double[] blend(double[] a, double[] b, double w) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = w * a[i] + (1 - w) * b[i];
    }
    return out;
  }

  static Map<String, Double> none() {
    return Map.of();
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
