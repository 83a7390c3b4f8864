package dev.affectrec.io.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.io.json.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one event in the AffectRec JSON form with a streaming parser:
 *
 * <pre>{"id": "e1", "user": "u1", "item": "i1", "type": "rate", "time": "2024-05-01T12:00:00Z",
 *  "value": 4.5, "text": "...", "context": {"device": "mobile", "channel": "app",
 *  "location": "...", "locale": "zh-CN", "session": "..."}}</pre>
 *
 * <p>{@code item}, {@code value}, {@code text} and {@code context} are optional unless the type
 * needs them; JSON {@code null} counts as absent. Every invalid field becomes an {@link
 * EventFieldError} whose path comes from the parser's context (for example {@code [3].time}), and
 * values are checked by {@link EventFields} whatever the mode. The modes differ only in unknown
 * fields: {@link #STRICT} (the REST API) reports them so that a typo such as {@code "usr"} is
 * caught, {@link #LENIENT} (the {@code import} command) skips them so that producers can add
 * fields. Immutable and thread-safe.
 */
public final class EventJsonReader {
  /** Unknown fields are errors. */
  public static final EventJsonReader STRICT = new EventJsonReader(true);

  /** Unknown fields are skipped. */
  public static final EventJsonReader LENIENT = new EventJsonReader(false);

  private static final Set<String> FIELDS =
      Set.of("id", "user", "item", "type", "time", "value", "text", "context");
  private static final Set<String> CONTEXT_FIELDS =
      Set.of("device", "channel", "location", "locale", "session");

  private final boolean strict;

  private EventJsonReader(boolean strict) {
    this.strict = strict;
  }

  /** The reader for {@code strict} mode. */
  public static EventJsonReader of(boolean strict) {
    return strict ? STRICT : LENIENT;
  }

  /** Whether unknown fields are errors. */
  public boolean strict() {
    return strict;
  }

  /**
   * Reads one event from a JSON tree (the REST body or an element of it).
   *
   * @param path prefix for error fields, for example {@code [3]}, or empty for a single event
   * @param errors receives the errors of this event; nothing is added when the event is valid
   * @return the event, or null when {@code errors} received at least one entry
   */
  public Event read(JsonNode node, String path, List<EventFieldError> errors) {
    try (JsonParser parser = node.traverse()) {
      parser.nextToken();
      return read(parser, path, errors);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot traverse an in-memory JSON tree", e);
    }
  }

  /**
   * Reads the value at the parser's current token, which should be the {@code START_OBJECT} of an
   * event, leaving the parser on its {@code END_OBJECT}.
   *
   * @param path prefix for error fields, for example {@code [3]}, or empty
   * @param errors receives the errors of this event; nothing is added when the event is valid
   * @return the event, or null when {@code errors} received at least one entry
   * @throws IOException when the JSON itself is malformed
   */
  public Event read(JsonParser parser, String path, List<EventFieldError> errors)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      errors.add(
          new EventFieldError(
              path.isEmpty() ? "body" : path,
              "an event must be a JSON object but was "
                  + JsonValues.describe(parser.currentToken())));
      parser.skipChildren();
      return null;
    }
    Fields fields = new Fields(parser, path, errors);
    String id = null;
    String user = null;
    String item = null;
    String type = null;
    String time = null;
    Double value = null;
    String text = null;
    EventContext context = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "id" -> id = fields.string();
        case "user" -> user = fields.string();
        case "item" -> item = fields.string();
        case "type" -> type = fields.string();
        case "time" -> time = fields.string();
        case "value" -> value = fields.number();
        case "text" -> text = fields.string();
        case "context" -> context = context(fields);
        default -> fields.unknown(FIELDS);
      }
    }
    int streamed = errors.size();
    Event event = EventFields.event(id, user, item, type, time, value, text, context, path, errors);
    if (!fields.failed()) {
      return event;
    }
    dropRepeatedFields(errors, fields.before, streamed);
    return null;
  }

  /**
   * Removes the rule errors (from {@code streamed} on) about fields that already have a type error
   * (from {@code first} to {@code streamed}): a mistyped {@code user} is not also "required".
   */
  private static void dropRepeatedFields(List<EventFieldError> errors, int first, int streamed) {
    Set<String> named = new HashSet<>();
    for (int i = first; i < streamed; i++) {
      named.add(errors.get(i).field());
    }
    for (int i = errors.size() - 1; i >= streamed; i--) {
      if (named.contains(errors.get(i).field())) {
        errors.remove(i);
      }
    }
  }

  private EventContext context(Fields fields) throws IOException {
    JsonParser parser = fields.parser;
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      fields.wrongType("an object");
      return null;
    }
    String device = null;
    String channel = null;
    String location = null;
    String locale = null;
    String session = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "device" -> device = fields.string();
        case "channel" -> channel = fields.string();
        case "location" -> location = fields.string();
        case "locale" -> locale = fields.string();
        case "session" -> session = fields.string();
        default -> fields.unknown(CONTEXT_FIELDS);
      }
    }
    return new EventContext(device, channel, location, locale, session);
  }

  /** Typed reads of the value the parser is on, recording errors at the parser's path. */
  private final class Fields {
    private final JsonParser parser;
    private final String prefix;
    private final List<EventFieldError> errors;
    private final int before;

    Fields(JsonParser parser, String prefix, List<EventFieldError> errors) {
      this.parser = parser;
      this.prefix = prefix;
      this.errors = errors;
      this.before = errors.size();
    }

    /** A string; null for JSON null or a wrong type. */
    String string() throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return parser.getText();
      }
      if (token != JsonToken.VALUE_NULL) {
        wrongType("a string");
      }
      return null;
    }

    /** A number; null for JSON null or a wrong type. */
    Double number() throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return parser.getDoubleValue();
      }
      if (token != JsonToken.VALUE_NULL) {
        wrongType("a number");
      }
      return null;
    }

    void wrongType(String expected) throws IOException {
      error("must be " + expected + " but was " + JsonValues.describe(parser.currentToken()));
      parser.skipChildren();
    }

    /** A field not in {@code known}: an error in strict mode; skipped either way. */
    void unknown(Set<String> known) throws IOException {
      if (strict) {
        error("unknown field; expected one of " + String.join(", ", new TreeSet<>(known)));
      }
      parser.skipChildren();
    }

    boolean failed() {
      return errors.size() > before;
    }

    private void error(String message) {
      errors.add(new EventFieldError(FieldPaths.join(prefix, FieldPaths.of(parser)), message));
    }
  }
}
