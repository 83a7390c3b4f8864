package dev.affectrec.store.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.affectrec.api.event.Event;
import dev.affectrec.io.json.JsonValues;
import dev.affectrec.io.lines.InputFiles;
import dev.affectrec.io.lines.LineReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file (plain or gzip) line by line straight from the bytes with a streaming
 * parser, and hands each non-blank line's object to a {@link LineParser}. Malformed JSON, wrong
 * field types and invalid values reject the row; encoding and compression errors abort the file.
 */
final class JsonLinesScanner {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Turns one JSON object, at its {@code START_OBJECT}, into an event. */
  @FunctionalInterface
  interface LineParser {
    /**
     * @throws IllegalArgumentException naming the bad field
     */
    Event parse(JsonParser parser) throws IOException;
  }

  private JsonLinesScanner() {}

  static void scan(Path input, RowSink sink, ImportProgress progress, LineParser parser)
      throws IOException {
    String file = input.getFileName().toString();
    try (LineReader lines = new LineReader(InputFiles.open(input, progress), file)) {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        lines.requireUtf8();
        try (JsonParser json = FACTORY.createParser(lines.bytes(), 0, lines.length())) {
          JsonToken first = json.nextToken();
          if (first != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException(
                "the line must be a JSON object but is " + JsonValues.describe(first));
          }
          Event event = parser.parse(json);
          if (json.nextToken() != null) {
            throw new IllegalArgumentException("unexpected content after the JSON object");
          }
          sink.event(event);
        } catch (JsonProcessingException e) {
          sink.reject(
              file,
              lines.number(),
              "malformed JSON at column "
                  + e.getLocation().getColumnNr()
                  + ": "
                  + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
          sink.reject(file, lines.number(), e.getMessage());
        }
      }
    }
  }
}
