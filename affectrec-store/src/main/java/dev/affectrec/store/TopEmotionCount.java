package dev.affectrec.store;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Modality;
import java.util.Objects;

/**
 * How many stored readings of one modality had {@code emotion} as their most probable emotion.
 *
 * @param modality never null
 * @param emotion never null
 * @param readings at least 1 (pairs without readings are absent)
 */
public record TopEmotionCount(Modality modality, Emotion emotion, long readings) {

  /** Checks the fields. */
  public TopEmotionCount {
    Objects.requireNonNull(modality, "modality is required");
    Objects.requireNonNull(emotion, "emotion is required");
    Arguments.requireAtLeast(readings, 1, "readings");
  }
}
