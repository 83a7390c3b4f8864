package dev.affectrec.store.access;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * An erasure that a served model may not reflect yet: models trained before {@code time} may still
 * hold the user. The user is named only by a keyed hash, so the record holds no personal data.
 *
 * @param userHash the keyed hash of the stored user id, never blank
 * @param time when the user was erased, never null
 */
public record PendingErasure(String userHash, Instant time) {

  /** Validates the fields. */
  public PendingErasure {
    Arguments.requireNonBlank(userHash, "userHash");
    Objects.requireNonNull(time, "time is required");
  }
}
