package dev.affectrec.api.emotion;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The fused emotion state of one user at one time. Immutable.
 *
 * @param user non-blank user id
 * @param time the time the state describes, never null
 * @param emotions never null; {@link EmotionDistribution#NEUTRAL} when nothing is known
 * @param valence in [-1, 1]
 * @param arousal in [0, 1]
 * @param confidence in [0, 1]; 0 when nothing is known
 * @param disagreement in [0, 1]: how far the modalities disagree (0 when fewer than two)
 * @param contributions one entry per modality that had readings; never null
 */
public record EmotionState(
    String user,
    Instant time,
    EmotionDistribution emotions,
    double valence,
    double arousal,
    double confidence,
    double disagreement,
    List<ModalityContribution> contributions) {

  /** Validates and copies. */
  public EmotionState {
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(time, "time is required");
    Objects.requireNonNull(emotions, "emotions is required");
    Arguments.requireInRange(valence, -1, 1, "valence");
    Arguments.requireInRange(arousal, 0, 1, "arousal");
    Arguments.requireInRange(confidence, 0, 1, "confidence");
    Arguments.requireInRange(disagreement, 0, 1, "disagreement");
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
  }

  /** The state of a user about whom nothing is known. */
  public static EmotionState unknown(String user, Instant time) {
    return new EmotionState(
        user,
        time,
        EmotionDistribution.NEUTRAL,
        Circumplex.valence(EmotionDistribution.NEUTRAL),
        Circumplex.arousal(EmotionDistribution.NEUTRAL),
        0,
        0,
        List.of());
  }
}
