package dev.affectrec.api;

import java.util.function.Supplier;

/**
 * The root of every error caused by the user's input — a file, a line, a field or a value — rather
 * than by the environment or the code. Its message is one line that names the offending input and
 * says what to do about it; the CLI answers it with exit code 2 and that message, the REST API with
 * 400.
 *
 * <p>Modules throw it directly, or a subclass where callers need to tell a kind of input error
 * apart. An {@link IllegalArgumentException} is not one (it may come from a bug deep inside), so
 * code that hands user input to a validating constructor or parser converts it with {@link
 * #fromInput}.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the offending input. */
  public InputException(String message) {
    super(message);
  }

  /** With a message that names the offending input and the failure behind it. */
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
