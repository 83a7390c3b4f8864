package dev.affectrec.analytics;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one definition of a negative reading used by every analysis: its most probable emotion is
 * anger, disgust, fear or sadness.
 */
public final class NegativeEmotions {
  /** The negative emotions, in {@link Emotion} order. */
  public static final Set<Emotion> ALL =
      Set.copyOf(EnumSet.of(Emotion.ANGER, Emotion.DISGUST, Emotion.FEAR, Emotion.SADNESS));

  private NegativeEmotions() {}

  /** Whether {@code emotion} is negative. */
  public static boolean isNegative(Emotion emotion) {
    return ALL.contains(emotion);
  }

  /** The reading's probability mass on the negative emotions, in [0, 1]. */
  public static double mass(EmotionReading reading) {
    double sum = 0;
    for (Emotion emotion : ALL) {
      sum += reading.emotions().probability(emotion);
    }
    return sum;
  }
}
