package dev.affectrec.cli;

/** Bad input from the user (a file, a value, an id): exit code 2 with this one-line message. */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the offending input. */
  public InputException(String message) {
    super(message);
  }
}
