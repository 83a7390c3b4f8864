package dev.affectrec.io.ratings;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.io.events.EventFields;

/**
 * One line of a delimited ratings file: MovieLens {@code u.data} ({@code
 * user<TAB>item<TAB>rating<TAB>timestamp}), MovieLens 1M {@code ratings.dat} ({@code ::}-separated)
 * or a TSV whose time column is optional.
 *
 * @param user non-blank, without surrounding spaces
 * @param item non-blank, without surrounding spaces
 * @param rating finite
 * @param timestamp the epoch-seconds column as written (an integer), or null when absent; kept as
 *     text so that ids derived from it stay byte-for-byte what the file says
 */
public record RatingRow(String user, String item, double rating, String timestamp) {
  /**
   * Validates every field.
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  public RatingRow {
    if (user == null || user.isBlank() || item == null || item.isBlank()) {
      throw new IllegalArgumentException("user and item must not be blank");
    }
    if (!Double.isFinite(rating)) {
      throw new IllegalArgumentException("rating '" + rating + "' is not finite");
    }
    if (timestamp != null) {
      try {
        Long.parseLong(timestamp);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "time '" + timestamp + "' is not an integer (epoch seconds)");
      }
    }
  }

  /**
   * Parses one non-blank line, split on {@code ::} when it contains one and on tabs otherwise.
   *
   * @throws IllegalArgumentException describing what is wrong with the line
   */
  public static RatingRow parse(String line) {
    String[] f = line.contains("::") ? line.split("::", -1) : line.split("\t", -1);
    if (f.length < 3 || f.length > 4) {
      throw new IllegalArgumentException(
          "expected user<TAB>item<TAB>rating[<TAB>time] but found "
              + f.length
              + " field(s): '"
              + (line.length() <= 60 ? line : line.substring(0, 57) + "...")
              + "'");
    }
    double rating;
    try {
      rating = Double.parseDouble(f[2].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rating '" + f[2] + "' is not a number");
    }
    String timestamp = f.length == 4 && !f[3].isBlank() ? f[3].trim() : null;
    return new RatingRow(f[0].trim(), f[1].trim(), rating, timestamp);
  }

  /** The time in epoch seconds; 0 when the line has none. */
  public long seconds() {
    return timestamp == null ? 0 : Long.parseLong(timestamp);
  }

  /**
   * This row as a timed rate event of {@code user}: the one mapping of a MovieLens rating to an
   * event, shared by the importer and the behaviour trainer.
   *
   * @param id the event id, non-blank
   * @param user the user id the caller gives the row's user, non-blank
   * @throws IllegalArgumentException if the row has no timestamp or one outside the event time
   *     range ({@link EventFields#epochSeconds})
   */
  public Event toRateEvent(String id, String user) {
    if (timestamp == null) {
      throw new IllegalArgumentException("timestamp is required");
    }
    return new Event(
        id,
        user,
        item,
        EventType.RATE,
        EventFields.epochSeconds(seconds(), "timestamp"),
        rating,
        null,
        EventContext.EMPTY);
  }
}
