package dev.affectrec.store.imports;

import dev.affectrec.api.Arguments;

/**
 * How an import runs.
 *
 * @param strict when true, a file with any bad row imports nothing
 * @param batchSize events per store transaction, at least 1
 * @param maxReportedErrors how many row errors the report lists, at least 0 (counts stay exact)
 */
public record ImportOptions(boolean strict, int batchSize, int maxReportedErrors) {

  /** Lenient, 5,000 events per batch, 100 listed errors. */
  public static final ImportOptions DEFAULTS = new ImportOptions(false, 5_000, 100);

  /** Validates the fields. */
  public ImportOptions {
    Arguments.requireAtLeast(batchSize, 1, "batchSize");
    Arguments.requireAtLeast(maxReportedErrors, 0, "maxReportedErrors");
  }

  /** A copy with {@code strict} set. */
  public ImportOptions withStrict(boolean value) {
    return new ImportOptions(value, batchSize, maxReportedErrors);
  }
}
