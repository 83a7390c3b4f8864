package dev.affectrec.store.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Imports JSON Lines in the AffectRec event form ({@link EventJson}), one event per line, plain or
 * gzip. Blank lines are skipped. Stateless and thread-safe.
 */
final class EventsJsonImporter extends FileImporter {
  @Override
  void scan(Path input, RowSink sink, ImportProgress progress) throws IOException {
    JsonLinesScanner.scan(input, sink, progress, EventJson::read);
  }
}
