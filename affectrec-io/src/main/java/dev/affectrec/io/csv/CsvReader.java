package dev.affectrec.io.csv;

import dev.affectrec.io.lines.LineReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Reads RFC 4180 CSV with Apache commons-csv: fields separated by commas, optionally enclosed in
 * double quotes, a doubled quote inside quotes standing for one quote; a quoted field may span
 * lines. Blank lines between records are skipped. Each record knows the line it starts on. Not
 * thread-safe.
 */
public final class CsvReader implements Closeable {
  private static final CSVFormat TEXT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
  private static final CSVFormat EMPTY_AS_NULL =
      TEXT.builder().setNullString("").setQuoteMode(QuoteMode.ALL_NON_NULL).get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long startLine;

  private CsvReader(Reader in, CSVFormat format) throws IOException {
    this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
    this.records = parser.iterator();
  }

  /** Reads {@code in}, every field as text (an empty field is the empty string). */
  public static CsvReader of(Reader in) throws IOException {
    return new CsvReader(in, TEXT);
  }

  /**
   * Reads the lines of {@code lines}, checked as UTF-8 line by line; an unquoted empty field is
   * null (absent) and a quoted empty field is the empty string.
   */
  public static CsvReader emptyAsNull(LineReader lines) throws IOException {
    return new CsvReader(new LinesAsReader(lines), EMPTY_AS_NULL);
  }

  /**
   * The next record's fields, or null at the end.
   *
   * @throws CsvSyntaxException naming the line the record starts on when a quoted field is not
   *     closed before the end of the input or a closing quote is followed by something other than a
   *     comma
   */
  public List<String> next() throws IOException {
    while (true) {
      startLine = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof org.apache.commons.csv.CSVException syntax) {
          throw new CsvSyntaxException(startLine, syntax.getMessage(), syntax);
        }
        throw e.getCause();
      }
      if (!isBlank(record)) {
        List<String> fields = new ArrayList<>(record.size());
        record.forEach(fields::add);
        return fields;
      }
    }
  }

  /** Line on which the record last returned by {@link #next()} starts (1-based). */
  public long startLine() {
    return startLine;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && (record.get(0) == null || record.get(0).isBlank());
  }
}
