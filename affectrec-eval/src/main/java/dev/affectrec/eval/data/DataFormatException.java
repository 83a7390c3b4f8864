package dev.affectrec.eval.data;

import java.nio.file.Path;

/** Input that does not match its declared format; the message names the file and the line. */
public final class DataFormatException extends RuntimeException {
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
