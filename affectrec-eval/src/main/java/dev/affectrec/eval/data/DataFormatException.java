package dev.affectrec.eval.data;

import dev.affectrec.api.InputException;
import java.nio.file.Path;

/**
 * Input that does not match its declared format (a line that does not parse, a folder without its
 * ratings file); the message names the file and, where there is one, the line.
 */
public final class DataFormatException extends InputException {
  private static final long serialVersionUID = 1L;

  /** A problem at {@code line} (1-based) of {@code file}. */
  public DataFormatException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
  }

  /** A problem with a whole file. */
  public DataFormatException(String message) {
    super(message);
  }
}
