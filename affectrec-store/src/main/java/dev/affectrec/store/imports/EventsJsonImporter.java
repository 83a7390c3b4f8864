package dev.affectrec.store.imports;

import com.fasterxml.jackson.core.JsonParser;
import dev.affectrec.api.event.Event;
import dev.affectrec.io.events.EventFieldError;
import dev.affectrec.io.events.EventJsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports JSON Lines in the AffectRec event form ({@link EventJsonReader}), one event per line,
 * plain or gzip. Blank lines are skipped. Unknown fields are skipped ({@link
 * EventJsonReader#LENIENT}) so that producers can add fields; a bad row is reported with its first
 * error. Stateless and thread-safe.
 */
final class EventsJsonImporter extends FileImporter {
  @Override
  void scan(Path input, RowSink sink, ImportProgress progress) throws IOException {
    JsonLinesScanner.scan(input, sink, progress, EventsJsonImporter::event);
  }

  private static Event event(JsonParser parser) throws IOException {
    List<EventFieldError> errors = new ArrayList<>();
    Event event = EventJsonReader.LENIENT.read(parser, "", errors);
    if (event == null) {
      throw new IllegalArgumentException(errors.get(0).describe());
    }
    return event;
  }
}
