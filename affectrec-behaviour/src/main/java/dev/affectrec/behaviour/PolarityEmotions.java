package dev.affectrec.behaviour;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.PolarityScores;

/**
 * Spreads polarity scores over the seven labels for behaviour readings, which do not tell the
 * negative emotions apart: negative mass goes to anger, disgust, fear and sadness in equal parts,
 * positive mass to joy, neutral mass to neutral. Stateless and thread-safe.
 */
public final class PolarityEmotions {
  private PolarityEmotions() {}

  /** The distribution for {@code polarity}, never null. */
  public static EmotionDistribution of(PolarityScores polarity) {
    double quarter = polarity.negative() / 4;
    return EmotionDistribution.normalised(
        quarter, quarter, quarter, polarity.positive(), quarter, 0, polarity.neutral());
  }
}
