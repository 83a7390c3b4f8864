package dev.affectrec.eval.job;

/**
 * Bad input or usage: a missing file, a wrong format (with the line), an empty training file, an
 * unknown algorithm (with the known ones) or a bad option value. The message is one line meant for
 * the user.
 */
public final class JobInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public JobInputException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public JobInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
