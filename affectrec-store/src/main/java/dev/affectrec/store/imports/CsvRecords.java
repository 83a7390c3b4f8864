package dev.affectrec.store.imports;

import dev.affectrec.io.lines.LineReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records from a {@link LineReader}: fields separated by commas, optionally
 * enclosed in double quotes, a doubled quote inside quotes standing for one quote; a quoted field
 * may span lines. Not thread-safe.
 */
final class CsvRecords {
  private final LineReader lines;
  private long startLine;

  CsvRecords(LineReader lines) {
    this.lines = lines;
  }

  /**
   * The next record's fields, or null at the end. Blank lines between records are skipped.
   *
   * @throws IllegalArgumentException when a quoted field is not closed before the end of the input
   *     or a quote is followed by something other than a comma
   */
  List<String> next() throws IOException {
    do {
      if (!lines.next()) {
        return null;
      }
    } while (lines.isBlank());
    startLine = lines.number();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String text = lines.utf8();
    int i = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (i == text.length()) {
        if (!quoted) {
          fields.add(value(field, wasQuoted));
          return fields;
        }
        if (!lines.next()) {
          throw new IllegalArgumentException("a quoted field is not closed before the end");
        }
        field.append('\n');
        text = lines.utf8();
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i < text.length() && text.charAt(i) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
          if (i < text.length() && text.charAt(i) != ',') {
            throw new IllegalArgumentException(
                "unexpected character after a closing quote in field " + (fields.size() + 1));
          }
        }
      } else if (c == ',') {
        fields.add(value(field, wasQuoted));
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else {
        field.append(c);
      }
    }
  }

  /** Line on which the record last returned by {@link #next()} starts. */
  long startLine() {
    return startLine;
  }

  /** An unquoted empty field is null (absent); a quoted empty field is the empty string. */
  private static String value(StringBuilder field, boolean quoted) {
    return field.length() == 0 && !quoted ? null : field.toString();
  }
}
