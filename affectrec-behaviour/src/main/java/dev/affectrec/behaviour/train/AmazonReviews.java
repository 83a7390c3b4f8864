package dev.affectrec.behaviour.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.io.lines.Lines;
import dev.affectrec.io.ratings.AmazonReview;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Amazon 2018 5-core JSON Lines ({@link AmazonReview}; {@code overall} and {@code
 * unixReviewTime} required here) as review events. The review text is not needed here (the proxy
 * label uses the stars), so events carry a placeholder text. Stateless and thread-safe.
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
    List<Event> events = new ArrayList<>();
    try {
      Lines.eachNonBlank(
          file,
          lines -> {
            try {
              AmazonReview review = AmazonReview.parse(lines);
              if (review.overall() == null) {
                throw new IllegalArgumentException("overall is required");
              }
              if (review.time() == null) {
                throw new IllegalArgumentException("unixReviewTime is required");
              }
              events.add(
                  new Event(
                      "amazon-" + lines.number(),
                      review.reviewer(),
                      review.asin(),
                      EventType.REVIEW,
                      Instant.ofEpochSecond(review.time()),
                      review.overall(),
                      "(review text not loaded)",
                      EventContext.EMPTY));
            } catch (IllegalArgumentException | JsonProcessingException e) {
              throw new IOException("line " + lines.number() + ": " + e.getMessage(), e);
            }
          });
    } catch (InputException e) {
      throw new IOException(e.getMessage(), e);
    }
    return events;
  }
}
