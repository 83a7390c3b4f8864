package dev.affectrec.hybrid.bandit;

import dev.affectrec.api.emotion.EmotionState;
import java.util.Objects;

/**
 * The user segment the policy bandit learns per: the sign of the user's valence, or {@code unknown}
 * when the state's confidence is below {@link #MIN_CONFIDENCE}. Stateless and thread-safe.
 */
public final class MoodSegment {
  /** Least state confidence for a mood segment. */
  public static final double MIN_CONFIDENCE = 0.2;

  /** Valence beyond which a state is positive or negative. */
  public static final double NEUTRAL_BAND = 0.15;

  private MoodSegment() {}

  /** {@code negative}, {@code neutral}, {@code positive} or {@code unknown}. */
  public static String of(EmotionState state) {
    Objects.requireNonNull(state, "state is required");
    if (state.confidence() < MIN_CONFIDENCE) {
      return "unknown";
    }
    if (state.valence() <= -NEUTRAL_BAND) {
      return "negative";
    }
    return state.valence() >= NEUTRAL_BAND ? "positive" : "neutral";
  }
}
