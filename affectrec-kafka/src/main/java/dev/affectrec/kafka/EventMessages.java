package dev.affectrec.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.event.Event;
import dev.affectrec.io.events.EventFieldError;
import dev.affectrec.io.events.EventJsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the value of one Kafka message as the body of {@code POST /v1/events}: one event object or
 * an array of them, validated by {@link EventJsonReader#STRICT} field by field. As with the REST
 * call a message is all or nothing: one invalid event rejects the whole message. Thread-safe.
 */
final class EventMessages {
  /** At most this many field errors are named in a rejection reason. */
  static final int MAX_REASONS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventMessages() {}

  /**
   * The events of a message, or the reason it cannot be stored.
   *
   * @param events the events, empty when rejected
   * @param reason null when the message is good; otherwise a one-line reason naming the fields
   */
  record Parsed(List<Event> events, String reason) {
    boolean rejected() {
      return reason != null;
    }
  }

  /** Parses {@code value} (null for a tombstone). */
  static Parsed parse(byte[] value) {
    if (value == null || value.length == 0) {
      return rejected("the message has no value; expected an event JSON object or an array");
    }
    JsonNode body;
    try {
      body = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      return rejected("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return rejected("unreadable JSON: " + e.getMessage());
    }
    List<EventFieldError> errors = new ArrayList<>();
    List<Event> events = new ArrayList<>(body.isArray() ? body.size() : 1);
    if (body.isArray()) {
      if (body.isEmpty()) {
        return rejected("the message is an empty array; expected at least one event");
      }
      for (int i = 0; i < body.size(); i++) {
        events.add(EventJsonReader.STRICT.read(body.get(i), "[" + i + "]", errors));
      }
    } else {
      events.add(EventJsonReader.STRICT.read(body, "", errors));
    }
    if (!errors.isEmpty()) {
      return rejected(
          "invalid event: "
              + errors.stream()
                  .limit(MAX_REASONS)
                  .map(EventFieldError::describe)
                  .collect(Collectors.joining("; "))
              + (errors.size() > MAX_REASONS
                  ? "; and " + (errors.size() - MAX_REASONS) + " more"
                  : ""));
    }
    return new Parsed(List.copyOf(events), null);
  }

  private static Parsed rejected(String reason) {
    return new Parsed(List.of(), reason);
  }
}
