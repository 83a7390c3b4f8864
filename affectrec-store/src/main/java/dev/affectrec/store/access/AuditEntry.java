package dev.affectrec.store.access;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited action. Holds no personal data: the actor is an API key id and the target, when it
 * names a user, is a keyed hash of the user id.
 *
 * @param time never null
 * @param actor API key id, non-blank
 * @param action for example {@code DELETE /v1/users/{id}}, non-blank
 * @param target a pseudonymous target reference, or null
 * @param status the HTTP status of the outcome
 */
public record AuditEntry(Instant time, String actor, String action, String target, int status) {

  /** Validates the fields. */
  public AuditEntry {
    Objects.requireNonNull(time, "time is required");
    Arguments.requireNonBlank(actor, "actor");
    Arguments.requireNonBlank(action, "action");
  }
}
