package dev.affectrec.behaviour.train;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.io.ratings.AmazonReview;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the Amazon 2018 5-core JSON Lines ({@link AmazonReview}; {@code overall} and {@code
 * unixReviewTime} required here) as review events. The review text is not needed here (the outcome
 * is the stars), so events carry a placeholder text. Stateless and thread-safe.
 *
 * <p><b>Duplicates are dropped.</b> The 5-core files repeat one review under every variant of a
 * product (3,890 of the 5,269 All Beauty lines repeat the reviewer, day, stars and text of an
 * earlier line). Kept, a same-day copy of the outcome review would sit in the behaviour before it
 * and leak its stars; only the first line of each (reviewer, time, stars, text) is kept.
 */
public final class AmazonReviews {
  private AmazonReviews() {}

  /**
   * All reviews in a JSON Lines file, plain or gzip.
   *
   * @throws IOException if the file cannot be read or a line is malformed (naming the line and the
   *     field)
   */
  public static List<Event> read(Path file) throws IOException {
    Set<List<Object>> seen = new HashSet<>();
    List<Event> events = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    LineEvents.read(
            file,
            lines -> {
              AmazonReview review = AmazonReview.parse(lines);
              if (review.overall() == null) {
                throw new IllegalArgumentException("overall is required");
              }
              if (review.time() == null) {
                throw new IllegalArgumentException("unixReviewTime is required");
              }
              texts.add(review.text());
              return new Event(
                  "amazon-" + lines.number(),
                  review.reviewer(),
                  review.asin(),
                  EventType.REVIEW,
                  Instant.ofEpochSecond(review.time()),
                  review.overall(),
                  "(review text not loaded)",
                  EventContext.EMPTY);
            })
        .forEach(events::add);
    List<Event> distinct = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (seen.add(List.of(e.user(), e.time(), e.value(), String.valueOf(texts.get(i))))) {
        distinct.add(e);
      }
    }
    return distinct;
  }
}
