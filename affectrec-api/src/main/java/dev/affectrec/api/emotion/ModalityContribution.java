package dev.affectrec.api.emotion;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * How much one modality contributed to a fused {@link EmotionState}.
 *
 * @param modality never null, never {@link Modality#FUSED}
 * @param weight in [0, 1]; the weights of one state sum to 1 (or are all 0 for an empty state)
 * @param emotions the modality's own decayed aggregate, never null
 * @param confidence in [0, 1]
 * @param readings number of readings that went in, at least 0
 * @param lastReading time of the newest reading, or null when there were none
 */
public record ModalityContribution(
    Modality modality,
    double weight,
    EmotionDistribution emotions,
    double confidence,
    int readings,
    Instant lastReading) {

  /** Validates the fields. */
  public ModalityContribution {
    Objects.requireNonNull(modality, "modality is required");
    if (modality == Modality.FUSED) {
      throw new IllegalArgumentException("a contribution comes from a single modality, not fused");
    }
    Arguments.requireInRange(weight, 0, 1, "weight");
    Objects.requireNonNull(emotions, "emotions is required");
    Arguments.requireInRange(confidence, 0, 1, "confidence");
    Arguments.requireAtLeast(readings, 0, "readings");
  }
}
