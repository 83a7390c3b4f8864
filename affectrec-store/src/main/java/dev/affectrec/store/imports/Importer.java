package dev.affectrec.store.imports;

import dev.affectrec.api.InputException;
import dev.affectrec.store.EventSink;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one file format into a store, or into any other {@link EventSink} (a Kafka publisher).
 * Implementations are stateless and thread-safe.
 */
public interface Importer {

  /**
   * Imports {@code input} into {@code store} (the store, or another sink).
   *
   * <p>Bad rows are reported with their line number and skipped; with {@link
   * ImportOptions#strict()} the whole input is validated first and nothing is stored if any row is
   * bad. Rows accepted before a failure stay stored.
   *
   * @throws InputException if the input as a whole cannot be read (missing, empty, wrong encoding,
   *     truncated compression), with a message that names the file
   * @throws IOException on an I/O failure while reading
   */
  ImportReport run(Path input, EventSink store, ImportOptions options, ImportProgress progress)
      throws IOException;
}
