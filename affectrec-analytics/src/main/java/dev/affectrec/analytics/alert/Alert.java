package dev.affectrec.analytics.alert;

import dev.affectrec.api.emotion.Emotion;
import java.util.Objects;

/**
 * A scope whose negative share rose in the recent window beyond what its history explains.
 *
 * @param scope never null
 * @param id the item or category; null for the platform
 * @param emotion the most frequent negative top emotion in the window
 * @param severity excess negative readings: the window's negative readings minus what the
 *     historical rate predicts for the window's readings; alerts are ordered by it
 * @param evidence never null
 */
public record Alert(
    AlertScope scope, String id, Emotion emotion, double severity, AlertEvidence evidence) {

  /** Validates required fields. */
  public Alert {
    Objects.requireNonNull(scope, "scope is required");
    Objects.requireNonNull(emotion, "emotion is required");
    Objects.requireNonNull(evidence, "evidence is required");
    if ((scope == AlertScope.PLATFORM) != (id == null)) {
      throw new IllegalArgumentException("id must be null exactly for the platform scope");
    }
  }
}
