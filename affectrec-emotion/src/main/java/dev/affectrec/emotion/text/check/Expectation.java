package dev.affectrec.emotion.text.check;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.emotion.text.TextLanguage;

/** What a person reads in a check case, and how a result is held to it. */
public enum Expectation {
  /** A supported language, and the positive polarity score above the negative one. */
  POSITIVE,
  /** A supported language, and the negative polarity score above the positive one. */
  NEGATIVE,
  /** A supported language, and the neutral polarity score the largest of the three. */
  NEUTRAL,
  /** Top emotion anger. */
  ANGER,
  /** Top emotion disgust. */
  DISGUST,
  /** Top emotion fear. */
  FEAR,
  /** Top emotion joy. */
  JOY,
  /** Top emotion sadness. */
  SADNESS,
  /** Top emotion surprise. */
  SURPRISE,
  /** Language {@code unsupported} with confidence 0. */
  UNSUPPORTED;

  /** The expectation that the top emotion is {@code emotion} (not neutral). */
  public static Expectation top(Emotion emotion) {
    return valueOf(emotion.name());
  }

  /** Whether {@code result} meets this expectation. */
  public boolean passes(TextEmotionResult result) {
    EmotionReading reading = result.reading();
    boolean supported = result.language() != TextLanguage.UNSUPPORTED;
    return switch (this) {
      case POSITIVE -> supported && reading.polarity().positive() > reading.polarity().negative();
      case NEGATIVE -> supported && reading.polarity().negative() > reading.polarity().positive();
      case NEUTRAL -> supported && reading.polarity().label() == Polarity.NEUTRAL;
      case UNSUPPORTED -> !supported && reading.confidence() == 0;
      default -> supported && reading.top() == Emotion.valueOf(name());
    };
  }
}
