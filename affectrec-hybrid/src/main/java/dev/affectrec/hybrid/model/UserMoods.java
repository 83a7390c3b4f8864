package dev.affectrec.hybrid.model;

import dev.affectrec.api.emotion.EmotionState;
import java.time.Instant;
import java.util.Objects;

/**
 * The emotional state of every training user (valence, arousal, confidence) and the context of
 * their latest interaction (time band and day kind indices, -1 when unknown), as dense arrays.
 * Immutable and thread-safe; callers must not modify the arrays passed in.
 */
public record UserMoods(
    float[] valence, float[] arousal, float[] confidence, int[] timeBand, int[] dayKind) {

  /** Validates lengths. */
  public UserMoods {
    Objects.requireNonNull(valence, "valence is required");
    int n = valence.length;
    if (arousal.length != n
        || confidence.length != n
        || timeBand.length != n
        || dayKind.length != n) {
      throw new IllegalArgumentException("user mood arrays differ in length");
    }
  }

  /** The state of user {@code u} as an {@link EmotionState} (distribution left neutral). */
  public EmotionState state(String user, int u, Instant at) {
    EmotionState unknown = EmotionState.unknown(user, at);
    return new EmotionState(
        user,
        at,
        unknown.emotions(),
        valence[u],
        arousal[u],
        confidence[u],
        0,
        java.util.List.of());
  }
}
