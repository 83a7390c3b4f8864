package dev.affectrec.emotion.text.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader: comma-separated fields, double quotes around fields that contain
 * commas, quotes or line breaks, and doubled quotes inside them. Not thread-safe.
 */
public final class CsvReader {
  private final Reader in;
  private int line = 1;

  /** Reads from {@code in}; the caller closes it. */
  public CsvReader(Reader in) {
    this.in = in;
  }

  /** Line number where the next record starts (1-based). */
  public int line() {
    return line;
  }

  /**
   * The next record, or null at end of input.
   *
   * @throws IOException if reading fails or a quoted field never closes
   */
  public List<String> next() throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int start = line;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw new IOException("quoted field opened on line " + start + " never closes");
        }
        fields.add(field.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = in.read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = n;
            continue;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"' && field.length() == 0) {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        line++;
        fields.add(stripCr(field));
        return fields;
      } else {
        field.append(ch);
      }
      c = in.read();
    }
  }

  private static String stripCr(StringBuilder field) {
    int n = field.length();
    return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
  }
}
