package dev.affectrec.io.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes one event in the AffectRec JSON form that {@link EventJsonReader} reads (and {@code POST
 * /v1/events} accepts): absent optional fields are left out, the time is ISO-8601 UTC. What it
 * writes reads back, in either mode, to an equal event. Stateless and thread-safe.
 */
public final class EventJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EventJsonWriter() {}

  /** The event as compact UTF-8 JSON. */
  public static byte[] toJson(Event event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", event.id());
      json.writeStringField("user", event.user());
      writeIfPresent(json, "item", event.item());
      json.writeStringField("type", event.type().wireName());
      json.writeStringField("time", event.time().toString());
      if (event.value() != null) {
        json.writeNumberField("value", event.value());
      }
      writeIfPresent(json, "text", event.text());
      EventContext context = event.context();
      if (!context.isEmpty()) {
        json.writeObjectFieldStart("context");
        writeIfPresent(json, "device", context.device());
        writeIfPresent(json, "channel", context.channel());
        writeIfPresent(json, "location", context.location());
        writeIfPresent(json, "locale", context.locale());
        writeIfPresent(json, "session", context.session());
        json.writeEndObject();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return out.toByteArray();
  }

  private static void writeIfPresent(JsonGenerator json, String field, String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }
}
