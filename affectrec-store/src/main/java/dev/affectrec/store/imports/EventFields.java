package dev.affectrec.store.imports;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns the text fields of the AffectRec event form (shared by JSON Lines and CSV) into an {@link
 * Event}. Every failure is an {@link IllegalArgumentException} whose message names the field.
 */
final class EventFields {
  private EventFields() {}

  /** Parses an event type wire name such as {@code add_to_cart}. */
  static EventType type(String wireName) {
    if (wireName == null) {
      throw new IllegalArgumentException("type is required");
    }
    return EventType.fromWireName(wireName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "type '" + wireName + "' is not one of: " + EventType.wireNames()));
  }

  /**
   * Parses an ISO-8601 instant with a zone offset, for example {@code 2024-05-01T12:00:00Z} or
   * {@code 2024-05-01T20:00:00+08:00}.
   */
  static Instant time(String text) {
    if (text == null) {
      throw new IllegalArgumentException("time is required");
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "time '"
              + text
              + "' is not an ISO-8601 date-time with offset (e.g. 2024-05-01T12:00:00Z)");
    }
  }

  /** Builds the event; the record's own checks name the field that is wrong. */
  static Event event(
      String id,
      String user,
      String item,
      String type,
      String time,
      Double value,
      String text,
      EventContext context) {
    if (id == null) {
      throw new IllegalArgumentException("id is required");
    }
    if (user == null) {
      throw new IllegalArgumentException("user is required");
    }
    return new Event(id, user, item, type(type), time(time), value, text, context);
  }
}
