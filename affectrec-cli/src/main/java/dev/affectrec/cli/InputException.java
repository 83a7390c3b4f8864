package dev.affectrec.cli;

import java.util.function.Supplier;

/**
 * Bad input from the user (a file, a value, an id, a setting in the environment): exit code 2 with
 * this one-line message. The CLI's own member of the typed input errors that {@link ExitCodes}
 * knows; an {@link IllegalArgumentException} is not one, so a command converts it with {@link
 * #fromInput} where it hands user input to a constructor or parser that validates it.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the offending input. */
  public InputException(String message) {
    super(message);
  }

  /** With a message that names the offending input and the validation failure behind it. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The result of {@code step}, which only validates or parses user input; its {@link
   * IllegalArgumentException} becomes an input error with the same message.
   */
  public static <T> T fromInput(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
