package dev.affectrec.store.imports;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * A rejected input row.
 *
 * @param file the file name (not the full path), never null
 * @param line 1-based line number in that file (the header is line 1 where there is one)
 * @param message what is wrong, naming the field or value, never null
 */
public record RowError(String file, long line, String message) {

  /** Validates the fields. */
  public RowError {
    Objects.requireNonNull(file, "file is required");
    Objects.requireNonNull(message, "message is required");
    Arguments.requireAtLeast(line, 1, "line");
  }
}
