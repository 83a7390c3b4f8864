package dev.affectrec.fusion;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionState;
import java.util.Objects;

/**
 * A fused state together with the structured account of the disagreement behind it.
 *
 * @param state never null; {@code state.disagreement() == disagreement.divergence()}
 * @param disagreement never null; {@link Disagreement#NONE} with fewer than two modalities
 * @param ignoredReadings readings left out because their confidence was below {@link
 *     FusionConfig#minConfidence()}, at least 0
 */
public record FusionResult(EmotionState state, Disagreement disagreement, int ignoredReadings) {

  /** Validates the fields. */
  public FusionResult {
    Objects.requireNonNull(state, "state is required");
    Objects.requireNonNull(disagreement, "disagreement is required");
    Arguments.requireAtLeast(ignoredReadings, 0, "ignoredReadings");
  }
}
