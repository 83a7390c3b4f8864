package dev.affectrec.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Typed reads of the value a streaming parser is on, for readers that stop at the first bad field.
 * JSON {@code null} reads as null. Stateless and thread-safe.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * A string value; null for JSON null.
   *
   * @throws IllegalArgumentException naming {@code field} when the value is not a string
   */
  public static String string(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IllegalArgumentException(field + " must be a string but was " + describe(token));
  }

  /**
   * A number value; null for JSON null.
   *
   * @throws IllegalArgumentException naming {@code field} when the value is not a number
   */
  public static Double number(JsonParser parser, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IllegalArgumentException(field + " must be a number but was " + describe(token));
  }

  /** A human name for a JSON token, for error messages: {@code an object}, {@code a string}... */
  public static String describe(JsonToken token) {
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
