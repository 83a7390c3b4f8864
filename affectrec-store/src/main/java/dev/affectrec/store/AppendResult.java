package dev.affectrec.store;

import dev.affectrec.api.Arguments;

/**
 * Outcome of {@link EventStore#append}.
 *
 * @param inserted events newly stored, at least 0
 * @param duplicates events whose id was already stored, at least 0
 */
public record AppendResult(int inserted, int duplicates) {

  /** Validates the counts. */
  public AppendResult {
    Arguments.requireAtLeast(inserted, 0, "inserted");
    Arguments.requireAtLeast(duplicates, 0, "duplicates");
  }
}
