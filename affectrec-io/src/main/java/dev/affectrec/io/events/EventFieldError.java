package dev.affectrec.io.events;

import java.util.Objects;

/**
 * One invalid field of an event.
 *
 * @param field a path such as {@code time}, {@code context.device} or {@code [3].time}; never null
 * @param message what is wrong, without the field name, for example {@code is required}; never null
 */
public record EventFieldError(String field, String message) {
  /** Checks that both parts are present. */
  public EventFieldError {
    Objects.requireNonNull(field, "field is required");
    Objects.requireNonNull(message, "message is required");
  }

  /**
   * The field followed by the message, for example {@code value must be a number but was a string}.
   */
  public String describe() {
    return field.isEmpty() ? message : field + " " + message;
  }
}
