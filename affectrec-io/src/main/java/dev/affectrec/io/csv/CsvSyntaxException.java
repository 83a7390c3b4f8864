package dev.affectrec.io.csv;

import java.io.IOException;

/** A CSV record that does not parse; the message names the line the record starts on. */
public final class CsvSyntaxException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /** A syntax error in the record starting at {@code line} (1-based). */
  public CsvSyntaxException(long line, String problem, Throwable cause) {
    super("line " + line + ": " + problem, cause);
    this.line = line;
  }

  /** The 1-based line on which the bad record starts. */
  public long line() {
    return line;
  }
}
