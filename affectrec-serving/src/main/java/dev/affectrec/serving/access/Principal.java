package dev.affectrec.serving.access;

import java.util.Objects;

/**
 * The authenticated caller of a request.
 *
 * @param keyId the public id of the API key, never null
 * @param role never null
 */
public record Principal(String keyId, Role role) {
  /** Validates the fields. */
  public Principal {
    Objects.requireNonNull(keyId, "keyId is required");
    Objects.requireNonNull(role, "role is required");
  }
}
