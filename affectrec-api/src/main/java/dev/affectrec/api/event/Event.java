package dev.affectrec.api.event;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing a user did. Events are immutable; the {@code id} makes ingest idempotent: storing an
 * event whose id is already stored is a no-op.
 *
 * @param id non-blank, unique across all events
 * @param user non-blank user id
 * @param item item id; required when {@link EventType#requiresItem()}, otherwise may be null
 * @param type never null
 * @param time when it happened, never null
 * @param value a finite number or null; required for {@code rate} (the rating) and {@code dwell}
 *     (seconds, not negative)
 * @param text free text or null; required and non-blank for {@code review} and {@code search}
 * @param context never null; {@link EventContext#EMPTY} when unknown
 */
public record Event(
    String id,
    String user,
    String item,
    EventType type,
    Instant time,
    Double value,
    String text,
    EventContext context) {

  /**
   * Validates every field against the rules of its type.
   *
   * @throws IllegalArgumentException naming the first field that is missing or invalid
   */
  public Event {
    Arguments.requireNonBlank(id, "id");
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(time, "time is required");
    context = context == null ? EventContext.EMPTY : context;
    if (item != null && item.isBlank()) {
      throw new IllegalArgumentException("item must not be blank");
    }
    if (type.requiresItem() && item == null) {
      throw new IllegalArgumentException("item is required for type " + type.wireName());
    }
    if (value != null) {
      Arguments.requireFinite(value, "value");
    }
    if (type.requiresValue() && value == null) {
      throw new IllegalArgumentException("value is required for type " + type.wireName());
    }
    if (type == EventType.DWELL && value < 0) {
      throw new IllegalArgumentException(
          "value (dwell seconds) must not be negative but was " + value);
    }
    if (type.requiresText() && (text == null || text.isBlank())) {
      throw new IllegalArgumentException("text is required for type " + type.wireName());
    }
  }
}
