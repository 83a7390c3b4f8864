package dev.affectrec.store.access;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Modality;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's decision about one modality.
 *
 * @param user non-blank user id
 * @param modality {@code TEXT}, {@code BEHAVIOUR} or {@code FACE}, never {@code FUSED}
 * @param granted whether processing is allowed
 * @param time when the decision was recorded, never null
 */
public record Consent(String user, Modality modality, boolean granted, Instant time) {

  /** Validates the fields. */
  public Consent {
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(modality, "modality is required");
    if (modality == Modality.FUSED) {
      throw new IllegalArgumentException(
          "consent is given per input modality (text, behaviour, face), not for fused");
    }
    Objects.requireNonNull(time, "time is required");
  }
}
