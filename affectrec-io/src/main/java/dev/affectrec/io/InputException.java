package dev.affectrec.io;

/**
 * An input as a whole cannot be read: it is missing, empty, not valid UTF-8 or a truncated or
 * corrupt gzip stream. The message names the file and, where there is one, the line.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public InputException(String message) {
    super(message);
  }

  /** With a message and cause. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
