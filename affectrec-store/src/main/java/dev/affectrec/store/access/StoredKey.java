package dev.affectrec.store.access;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * An API key as stored: never the key itself, only its hash.
 *
 * @param id public, non-secret id of the key (unique), non-blank
 * @param hash hex SHA-256 of the key, non-blank, unique
 * @param role the role's wire name, non-blank
 * @param label free text naming the holder, never null
 * @param created never null
 * @param revoked whether the key no longer authenticates
 */
public record StoredKey(
    String id, String hash, String role, String label, Instant created, boolean revoked) {

  /** Validates the fields. */
  public StoredKey {
    Arguments.requireNonBlank(id, "id");
    Arguments.requireNonBlank(hash, "hash");
    Arguments.requireNonBlank(role, "role");
    label = Objects.requireNonNullElse(label, "");
    Objects.requireNonNull(created, "created is required");
  }
}
