package dev.affectrec.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes RFC 4180 rows that {@link CsvReader} reads back to the same values: comma-separated, CRLF
 * line ends, a field quoted when it holds a comma, a quote, a line break or is the empty string
 * (quotes doubled inside), and an absent (null) value as an empty unquoted field. Not thread-safe;
 * the caller closes the writer.
 */
public final class CsvWriter {
  private final Writer out;

  /** Writes to {@code out}. */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out is required");
  }

  /**
   * Writes one row.
   *
   * @param fields the values in column order; null for an absent value
   * @throws UncheckedIOException when the writer fails
   */
  public void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        String f = fields.get(i);
        if (f != null) {
          out.write(quoted(f));
        }
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a CSV row: " + e.getMessage(), e);
    }
  }

  /** {@code value} as one CSV field (quoted when it must be). */
  static String quoted(String value) {
    boolean quote =
        value.isEmpty()
            || value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
