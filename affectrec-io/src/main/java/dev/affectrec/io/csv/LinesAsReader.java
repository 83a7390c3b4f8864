package dev.affectrec.io.csv;

import dev.affectrec.io.lines.LineReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a {@link LineReader} as characters, each checked as UTF-8 and ended by {@code \n},
 * so that a CSV parser reads them with the line reader's encoding errors and gzip handling.
 */
final class LinesAsReader extends Reader {
  private final LineReader lines;
  private String current = "";
  private int position;

  LinesAsReader(LineReader lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == current.length()) {
      if (!lines.next()) {
        return -1;
      }
      current = lines.utf8() + "\n";
      position = 0;
    }
    int n = Math.min(length, current.length() - position);
    current.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
