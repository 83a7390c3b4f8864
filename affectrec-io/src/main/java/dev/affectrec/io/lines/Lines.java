package dev.affectrec.io.lines;

import java.io.IOException;
import java.nio.file.Path;

/** Visits the non-blank lines of a file, plain or gzip. Stateless and thread-safe. */
public final class Lines {
  /** Receives each non-blank line; the reader is positioned on it. */
  @FunctionalInterface
  public interface Visitor {
    /** Handles the current line of {@code line}. */
    void visit(LineReader line) throws IOException;
  }

  private Lines() {}

  /**
   * Calls {@code visitor} for every line of {@code file} that is not blank; errors name the file by
   * its file name.
   *
   * @throws dev.affectrec.api.InputException when the file is missing, empty, not valid gzip or (if
   *     the visitor checks) not valid UTF-8
   */
  public static void eachNonBlank(Path file, Visitor visitor) throws IOException {
    try (LineReader lines =
        new LineReader(InputFiles.open(file, ReadProgress.NONE), file.getFileName().toString())) {
      while (lines.next()) {
        if (!lines.isBlank()) {
          visitor.visit(lines);
        }
      }
    }
  }
}
