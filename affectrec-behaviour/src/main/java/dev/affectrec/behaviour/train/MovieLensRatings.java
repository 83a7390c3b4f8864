package dev.affectrec.behaviour.train;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.io.lines.Lines;
import dev.affectrec.io.ratings.RatingRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MovieLens 100K {@code u.data} ({@link RatingRow}: user, item, rating, unix time) as rate
 * events; blank lines are skipped.
 */
public final class MovieLensRatings {
  private MovieLensRatings() {}

  /**
   * All ratings as rate events.
   *
   * @throws IOException if the file cannot be read or a line is malformed (naming the line)
   */
  public static List<Event> read(Path file) throws IOException {
    List<Event> events = new ArrayList<>();
    try {
      Lines.eachNonBlank(
          file,
          lines -> {
            try {
              RatingRow row = RatingRow.parse(lines.utf8());
              if (row.timestamp() == null) {
                throw new IllegalArgumentException("timestamp is required");
              }
              events.add(
                  new Event(
                      "ml-" + lines.number(),
                      "ml" + row.user(),
                      row.item(),
                      EventType.RATE,
                      Instant.ofEpochSecond(row.seconds()),
                      row.rating(),
                      null,
                      EventContext.EMPTY));
            } catch (IllegalArgumentException e) {
              throw new IOException("line " + lines.number() + ": " + e.getMessage(), e);
            }
          });
    } catch (InputException e) {
      throw new IOException(e.getMessage(), e);
    }
    return events;
  }
}
