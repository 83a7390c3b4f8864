package dev.affectrec.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns the JSON form of an event into an {@link Event}, collecting one {@link FieldError} per
 * invalid field with a path such as {@code [3].time}. Unknown fields are errors, so that a typo
 * such as {@code "usr"} is caught instead of silently dropped. Stateless and thread-safe.
 */
public final class EventJsonReader {
  private static final Set<String> FIELDS =
      Set.of("id", "user", "item", "type", "time", "value", "text", "context");
  private static final Set<String> CONTEXT_FIELDS =
      Set.of("device", "channel", "location", "locale", "session");

  private EventJsonReader() {}

  /**
   * Reads one event.
   *
   * @param node the JSON value, never null
   * @param path prefix for error fields, for example {@code [3]} or the empty string
   * @param errors receives the errors of this event; nothing is added when the event is valid
   * @return the event, or null when {@code errors} received at least one entry
   */
  public static Event read(JsonNode node, String path, List<FieldError> errors) {
    String prefix = path.isEmpty() ? "" : path + ".";
    if (!node.isObject()) {
      errors.add(new FieldError(path.isEmpty() ? "body" : path, "an event must be a JSON object"));
      return null;
    }
    int before = errors.size();
    JsonFields.rejectUnknown(node, FIELDS, prefix, errors);
    String id = JsonFields.text(node, "id", prefix, errors, true);
    String user = JsonFields.text(node, "user", prefix, errors, true);
    String item = JsonFields.text(node, "item", prefix, errors, false);
    String typeName = JsonFields.text(node, "type", prefix, errors, true);
    EventType type = null;
    if (typeName != null) {
      type = EventType.fromWireName(typeName).orElse(null);
      if (type == null) {
        errors.add(
            new FieldError(
                prefix + "type",
                "unknown event type '" + typeName + "'; expected one of " + EventType.wireNames()));
      }
    }
    Instant time = JsonFields.instant(node, "time", prefix, errors, true);
    Double value = JsonFields.number(node, "value", prefix, errors);
    String text = JsonFields.text(node, "text", prefix, errors, false);
    EventContext context = context(node.get("context"), prefix + "context", errors);
    if (errors.size() > before) {
      return null;
    }
    try {
      return new Event(id, user, item, type, time, value, text, context);
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      int space = message.indexOf(' ');
      String field = space > 0 ? message.substring(0, space) : "event";
      errors.add(new FieldError(prefix + field, message));
      return null;
    }
  }

  private static EventContext context(JsonNode node, String path, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return EventContext.EMPTY;
    }
    if (!node.isObject()) {
      errors.add(new FieldError(path, "must be an object"));
      return null;
    }
    String prefix = path + ".";
    JsonFields.rejectUnknown(node, CONTEXT_FIELDS, prefix, errors);
    return new EventContext(
        JsonFields.text(node, "device", prefix, errors, false),
        JsonFields.text(node, "channel", prefix, errors, false),
        JsonFields.text(node, "location", prefix, errors, false),
        JsonFields.text(node, "locale", prefix, errors, false),
        JsonFields.text(node, "session", prefix, errors, false));
  }
}
