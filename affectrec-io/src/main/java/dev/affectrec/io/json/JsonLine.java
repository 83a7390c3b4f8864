package dev.affectrec.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;

/** One line of a JSON Lines file: exactly one JSON object, read straight from its bytes. */
public final class JsonLine {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Reads one JSON object, from its {@code START_OBJECT} to its {@code END_OBJECT}. */
  @FunctionalInterface
  public interface ObjectReader<T> {
    /**
     * @throws IllegalArgumentException naming the bad field
     */
    T read(JsonParser parser) throws IOException;
  }

  private JsonLine() {}

  /**
   * Parses the first {@code length} bytes of {@code line} (UTF-8) with {@code reader}.
   *
   * @throws IllegalArgumentException when the line is not one JSON object, when Jackson's encoding
   *     detection reads it as UTF-16 or UTF-32 that does not decode (NUL bytes among the first
   *     four), or from {@code reader}
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the line is not valid JSON
   */
  public static <T> T parse(byte[] line, int length, ObjectReader<T> reader) throws IOException {
    try (JsonParser parser = FACTORY.createParser(line, 0, length)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(
            "the line must be a JSON object but is " + JsonValues.describe(first));
      }
      T value = reader.read(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("unexpected content after the JSON object");
      }
      return value;
    } catch (CharConversionException e) {
      throw new IllegalArgumentException(
          "malformed JSON: the line is not UTF-8 JSON (" + e.getMessage() + ")", e);
    }
  }
}
