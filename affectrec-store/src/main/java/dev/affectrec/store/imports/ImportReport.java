package dev.affectrec.store.imports;

import java.util.List;

/**
 * The outcome of one import. The counts are exact; {@code errors} may be capped by {@link
 * ImportOptions#maxReportedErrors()}.
 *
 * @param read data rows read (events, or rows that would have become events)
 * @param imported events newly stored
 * @param duplicates events whose id was already stored (including earlier in the same file)
 * @param rejected rows rejected as bad input
 * @param errors the first rejected rows, in file order, never null
 */
public record ImportReport(
    long read, long imported, long duplicates, long rejected, List<RowError> errors) {

  /** Copies the error list. */
  public ImportReport {
    errors = List.copyOf(errors);
  }
}
