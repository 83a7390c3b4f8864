package dev.affectrec.behaviour.train;

import dev.affectrec.api.event.Event;
import dev.affectrec.io.ratings.RatingRow;
import java.io.IOException;
import java.nio.file.Path;
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
    return LineEvents.read(
        file,
        lines -> {
          RatingRow row = RatingRow.parse(lines.utf8());
          return row.toRateEvent("ml-" + lines.number(), "ml" + row.user());
        });
  }
}
