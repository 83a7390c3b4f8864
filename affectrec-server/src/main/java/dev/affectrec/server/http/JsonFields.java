package dev.affectrec.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of JSON object fields that report what is wrong as {@link FieldError}s instead of
 * throwing, so that one response can name every invalid field. Each method returns null when the
 * field is absent or invalid. Stateless and thread-safe.
 */
public final class JsonFields {
  private JsonFields() {}

  /** Adds an error for every field of {@code node} that is not in {@code known}. */
  public static void rejectUnknown(
      JsonNode node, Set<String> known, String prefix, List<FieldError> errors) {
    List<String> expected = known.stream().sorted().toList();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        errors.add(
            new FieldError(
                prefix + name, "unknown field; expected one of " + String.join(", ", expected)));
      }
    }
  }

  /** A string field; when {@code required}, absence or null is an error. */
  public static String text(
      JsonNode node, String name, String prefix, List<FieldError> errors, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        errors.add(new FieldError(prefix + name, "is required"));
      }
      return null;
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(prefix + name, "must be a string but was " + typeOf(value)));
      return null;
    }
    return value.asText();
  }

  /**
   * An ISO-8601 instant (with {@code Z} or an offset); when {@code required}, absence is an error.
   */
  public static Instant instant(
      JsonNode node, String name, String prefix, List<FieldError> errors, boolean required) {
    String raw = text(node, name, prefix, errors, required);
    if (raw == null) {
      return null;
    }
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(raw).toInstant();
      } catch (DateTimeParseException e2) {
        errors.add(
            new FieldError(
                prefix + name,
                "must be an ISO-8601 instant such as 2024-05-01T12:00:00Z but was '" + raw + "'"));
        return null;
      }
    }
  }

  /** An array of strings (optional). */
  public static List<String> stringList(
      JsonNode node, String name, String prefix, List<FieldError> errors) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      errors.add(
          new FieldError(prefix + name, "must be an array of strings but was " + typeOf(value)));
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (!element.isTextual() || element.asText().isBlank()) {
        errors.add(new FieldError(prefix + name + "[" + i + "]", "must be a non-blank string"));
      } else {
        out.add(element.asText());
      }
    }
    return out;
  }

  /** An object whose values are strings (optional); numbers and booleans are kept as their text. */
  public static Map<String, String> stringMap(
      JsonNode node, String name, String prefix, List<FieldError> errors) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      errors.add(new FieldError(prefix + name, "must be an object but was " + typeOf(value)));
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode v = field.getValue();
      if (v.isValueNode() && !v.isNull()) {
        out.put(field.getKey(), v.asText());
      } else {
        errors.add(
            new FieldError(
                prefix + name + "." + field.getKey(), "must be a string, number or boolean"));
      }
    }
    return out;
  }

  /** Lower-case JSON type name of {@code value}, for messages. */
  public static String typeOf(JsonNode value) {
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
