package dev.affectrec.io.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** Field paths such as {@code [3].context.device}, built from Jackson's parsing context. */
final class FieldPaths {
  private FieldPaths() {}

  /** {@code field} under {@code prefix}: {@code [3]} and {@code time} give {@code [3].time}. */
  static String join(String prefix, String field) {
    if (prefix.isEmpty()) {
      return field;
    }
    if (field.isEmpty()) {
      return prefix;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }

  /**
   * The path of the value the parser is on, relative to the root value it started from: the names
   * of the enclosing object fields (a blank name in quotes, {@code ""} for the empty one, so that
   * an error still names it) and the indexes of the enclosing arrays.
   */
  static String of(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
      context = context.getParent();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        String name = c.getCurrentName();
        String named = name == null ? "" : name;
        parts.push(named.isBlank() ? "\"" + named + "\"" : named);
      } else if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    String path = "";
    for (String part : parts) {
      path = join(path, part);
    }
    return path;
  }
}
