package dev.affectrec.emotion.text.rules;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;

/**
 * What one word, phrase or symbol says on its own.
 *
 * @param valence in [-4, 4] (VADER's scale), 0 for none
 * @param emotion the emotion it states outright, or null for a word that is only polar
 */
record LexiconEntry(double valence, Emotion emotion) {
  /** Validates the valence. */
  LexiconEntry {
    Arguments.requireInRange(valence, -4, 4, "valence");
  }

  /** The valence an emotion word has when no lexicon rates it. */
  static double defaultValence(Emotion emotion) {
    return switch (emotion) {
      case JOY -> 2.5;
      case FEAR -> -2.0;
      case SURPRISE, NEUTRAL -> 0.0;
      default -> -2.5;
    };
  }

  /** True for anger, disgust, fear and sadness. */
  static boolean negativeEmotion(Emotion emotion) {
    return emotion == Emotion.ANGER
        || emotion == Emotion.DISGUST
        || emotion == Emotion.FEAR
        || emotion == Emotion.SADNESS;
  }
}
