package dev.affectrec.store.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import java.io.IOException;

/**
 * Reads one event in the AffectRec JSON form with a streaming parser:
 *
 * <pre>{"id": "e1", "user": "u1", "item": "i1", "type": "rate", "time": "2024-05-01T12:00:00Z",
 *  "value": 4.5, "text": "...", "context": {"device": "mobile", "channel": "app",
 *  "location": "...", "locale": "zh-CN", "session": "..."}}</pre>
 *
 * <p>{@code item}, {@code value}, {@code text} and {@code context} are optional unless the type
 * needs them; JSON {@code null} counts as absent; unknown fields are ignored so that producers can
 * add fields. Stateless and thread-safe; usable by the REST layer as well as the importer.
 */
public final class EventJson {
  private EventJson() {}

  /**
   * Reads the object at the parser's current {@code START_OBJECT} token, leaving the parser on its
   * {@code END_OBJECT}.
   *
   * @throws IllegalArgumentException when a field is missing, has the wrong JSON type or an invalid
   *     value; the message names the field
   * @throws IOException when the JSON itself is malformed
   */
  public static Event read(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException(
          "an event must be a JSON object but was " + describe(parser.currentToken()));
    }
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
        case "id" -> id = string(parser, "id");
        case "user" -> user = string(parser, "user");
        case "item" -> item = string(parser, "item");
        case "type" -> type = string(parser, "type");
        case "time" -> time = string(parser, "time");
        case "value" -> value = number(parser, "value");
        case "text" -> text = string(parser, "text");
        case "context" -> context = context(parser);
        default -> parser.skipChildren();
      }
    }
    return EventFields.event(id, user, item, type, time, value, text, context);
  }

  private static EventContext context(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException(
          "context must be an object but was " + describe(parser.currentToken()));
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
        case "device" -> device = string(parser, "context.device");
        case "channel" -> channel = string(parser, "context.channel");
        case "location" -> location = string(parser, "context.location");
        case "locale" -> locale = string(parser, "context.locale");
        case "session" -> session = string(parser, "context.session");
        default -> parser.skipChildren();
      }
    }
    return new EventContext(device, channel, location, locale, session);
  }

  /** A string field; null for JSON null. */
  static String string(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IllegalArgumentException(field + " must be a string but was " + describe(token));
  }

  /** A number field; null for JSON null. */
  static Double number(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IllegalArgumentException(field + " must be a number but was " + describe(token));
  }

  /** A human name for a JSON token, for error messages. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "missing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }
}
