package dev.affectrec.api.event;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Map;

/**
 * Someone whose behaviour AffectRec analyses.
 *
 * @param id non-blank
 * @param attributes never null; free-form attributes such as {@code age}, {@code gender}, {@code
 *     occupation}
 * @param time when the user was first seen or last changed; null when unknown
 */
public record User(String id, Map<String, String> attributes, Instant time) {

  /** Validates and copies the attributes. */
  public User {
    Arguments.requireNonBlank(id, "id");
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** A user known only by its id. */
  public static User ofId(String id) {
    return new User(id, Map.of(), null);
  }
}
