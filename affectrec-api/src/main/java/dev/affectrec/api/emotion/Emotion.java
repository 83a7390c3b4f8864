package dev.affectrec.api.emotion;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified label set: Ekman's six basic emotions plus neutral. The declaration order is the
 * index order of every {@link EmotionDistribution} and matches the FER2013 class order with {@code
 * happy} renamed {@code joy}.
 */
public enum Emotion {
  ANGER,
  DISGUST,
  FEAR,
  JOY,
  SADNESS,
  SURPRISE,
  NEUTRAL;

  /** Number of labels (7). */
  public static final int COUNT = values().length;

  private static final Emotion[] VALUES = values();

  /** Lower-case wire name, for example {@code joy}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label at {@code index} in declaration order. */
  public static Emotion ofIndex(int index) {
    return VALUES[index];
  }

  /** Looks a label up by its wire name; empty when unknown or null. */
  public static Optional<Emotion> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Emotion emotion : VALUES) {
      if (emotion.wireName().equals(name)) {
        return Optional.of(emotion);
      }
    }
    return Optional.empty();
  }
}
