package dev.affectrec.store.imports;

import dev.affectrec.api.InputException;
import dev.affectrec.store.EventSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The import procedure every format shares; a format supplies only {@link #scan}, one pass that
 * parses the input into a {@link RowSink}.
 *
 * <p>Lenient: one pass that stores good rows and reports bad ones. Strict: a validating pass first,
 * then, only if no row was bad, a storing pass. Input with no data row at all is an {@link
 * InputException}.
 */
abstract class FileImporter implements Importer {

  /**
   * Parses all of {@code input} into {@code sink}.
   *
   * @throws InputException for whole-input errors
   */
  abstract void scan(Path input, RowSink sink, ImportProgress progress) throws IOException;

  @Override
  public final ImportReport run(
      Path input, EventSink store, ImportOptions options, ImportProgress progress)
      throws IOException {
    Objects.requireNonNull(input, "input is required");
    Objects.requireNonNull(store, "store is required");
    Objects.requireNonNull(options, "options is required");
    Objects.requireNonNull(progress, "progress is required");
    if (options.strict()) {
      try (ImportRun check = ImportRun.validating(options)) {
        scan(input, check, ImportProgress.NONE);
        requireData(input, check);
        if (check.rejected() > 0) {
          return check.report();
        }
      }
    }
    try (ImportRun run = ImportRun.storing(store, options)) {
      scan(input, run, progress);
      run.flush();
      requireData(input, run);
      return run.report();
    }
  }

  private static void requireData(Path input, ImportRun run) {
    if (run.read() == 0) {
      throw new InputException(input + " contains no data rows");
    }
  }
}
