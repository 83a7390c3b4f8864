package dev.affectrec.behaviour.train;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.io.lines.LineReader;
import dev.affectrec.io.lines.Lines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file of one event per non-blank line, naming the line of the first bad one. */
final class LineEvents {

  /** Turns the current line into an event. */
  interface Parser {
    /**
     * The event of {@code line}.
     *
     * @throws IllegalArgumentException or IOException (a JSON error) naming the bad field
     */
    Event parse(LineReader line) throws IOException;
  }

  private LineEvents() {}

  /**
   * Every line's event, in file order.
   *
   * @throws IOException if the file cannot be read, or {@code parser} rejects a line (the message
   *     names the line)
   */
  static List<Event> read(Path file, Parser parser) throws IOException {
    List<Event> events = new ArrayList<>();
    try {
      Lines.eachNonBlank(
          file,
          lines -> {
            try {
              events.add(parser.parse(lines));
            } catch (IllegalArgumentException | IOException e) {
              throw new IOException("line " + lines.number() + ": " + e.getMessage(), e);
            }
          });
    } catch (InputException e) {
      throw new IOException(e.getMessage(), e);
    }
    return events;
  }
}
