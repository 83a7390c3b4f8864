package dev.affectrec.api.emotion;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * Whom or what a reading is about.
 *
 * @param kind never null
 * @param id non-blank id of the user, item or session
 */
public record Subject(Kind kind, String id) {
  /** The kinds of subject. */
  public enum Kind {
    USER,
    ITEM,
    SESSION
  }

  /** Validates the fields. */
  public Subject {
    Objects.requireNonNull(kind, "subject.kind is required");
    Arguments.requireNonBlank(id, "subject.id");
  }

  /** A user subject. */
  public static Subject user(String id) {
    return new Subject(Kind.USER, id);
  }

  /** An item subject. */
  public static Subject item(String id) {
    return new Subject(Kind.ITEM, id);
  }

  /** A session subject. */
  public static Subject session(String id) {
    return new Subject(Kind.SESSION, id);
  }
}
