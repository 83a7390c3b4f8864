package dev.affectrec.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import java.time.Instant;

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
    EventContext context) {

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
        event.context().isEmpty() ? null : event.context());
  }
}
