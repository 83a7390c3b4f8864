package dev.affectrec.store.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.affectrec.api.event.Event;
import dev.affectrec.io.json.JsonLine;
import dev.affectrec.io.lines.InputFiles;
import dev.affectrec.io.lines.LineReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file (plain or gzip) line by line straight from the bytes with a streaming
 * parser, and hands each non-blank line's object to a {@link JsonLine.ObjectReader}. Malformed
 * JSON, wrong field types and invalid values reject the row; encoding and compression errors abort
 * the file.
 */
final class JsonLinesScanner {
  private JsonLinesScanner() {}

  static void scan(
      Path input, RowSink sink, ImportProgress progress, JsonLine.ObjectReader<Event> parser)
      throws IOException {
    String file = input.getFileName().toString();
    try (LineReader lines = new LineReader(InputFiles.open(input, progress), file)) {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        lines.requireUtf8();
        try {
          sink.event(JsonLine.parse(lines.bytes(), lines.length(), parser));
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
