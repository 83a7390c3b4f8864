package dev.affectrec.api.event;

import java.nio.charset.StandardCharsets;

/**
 * The rules an id (event id, user, item) must follow to be stored, trained on, written to a model
 * file and erased: at most {@value #MAX_BYTES} bytes of UTF-8, no control character (NUL, line
 * breaks, DEL, C1) and no lone surrogate (which would turn into {@code ?} and collide with another
 * id). Stateless and thread-safe.
 */
public final class EventIds {
  /** The longest id accepted, in UTF-8 bytes. */
  public static final int MAX_BYTES = 256;

  private EventIds() {}

  /**
   * Why {@code id} cannot be stored, or null when it can (null and blank ids are left to the
   * caller's own required and blank checks).
   */
  public static String problem(String id) {
    if (id == null) {
      return null;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c)) {
        return String.format(
            "must not contain control characters but has U+%04X at index %d", (int) c, i);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format(
            "must be valid Unicode but has a lone surrogate U+%04X at index %d", (int) c, i);
      }
    }
    int bytes = id.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return "must be at most " + MAX_BYTES + " bytes of UTF-8 but has " + bytes;
    }
    return null;
  }

  /** Whether {@code id} follows the rules (see {@link #problem}). */
  public static boolean valid(String id) {
    return id != null && problem(id) == null;
  }
}
