package dev.affectrec.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of an {@link Event} in responses: the same shape that {@code POST /v1/events}
 * accepts, with the type as its wire name and empty fields omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
    String id,
    String user,
    String item,
    String type,
    Instant time,
    Double value,
    String text,
    Map<String, String> context) {

  /** The same view with another user id (the client's own id when ids are pseudonymised). */
  public EventView withUser(String clientUser) {
    return new EventView(id, clientUser, item, type, time, value, text, context);
  }

  /** The view of {@code event}. */
  public static EventView of(Event event) {
    return new EventView(
        event.id(),
        event.user(),
        event.item(),
        event.type().wireName(),
        event.time(),
        event.value(),
        event.text(),
        context(event.context()));
  }

  private static Map<String, String> context(EventContext context) {
    if (context.isEmpty()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    putIfPresent(out, "device", context.device());
    putIfPresent(out, "channel", context.channel());
    putIfPresent(out, "location", context.location());
    putIfPresent(out, "locale", context.locale());
    putIfPresent(out, "session", context.session());
    return out;
  }

  private static void putIfPresent(Map<String, String> out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }
}
