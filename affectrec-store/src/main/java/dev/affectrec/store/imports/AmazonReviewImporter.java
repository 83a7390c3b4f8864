package dev.affectrec.store.imports;

import com.fasterxml.jackson.core.JsonParser;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.io.events.EventFields;
import dev.affectrec.io.ratings.AmazonReview;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Imports Amazon review JSON Lines (the McAuley 2018 dumps, read by {@link AmazonReview}), plain or
 * gzip. Each line becomes a {@code review} event:
 *
 * <ul>
 *   <li>{@code user} = {@code reviewerID}, {@code item} = {@code asin} (both required strings);
 *   <li>{@code time} = {@code unixReviewTime} seconds (required integer, 1970 up to 2100 as every
 *       event time);
 *   <li>{@code value} = {@code overall} (optional number);
 *   <li>{@code text} = {@code reviewText}, or {@code summary} when the review text is missing or
 *       blank; a line with neither is rejected;
 *   <li>{@code id} = {@code amazon:<reviewerID>:<asin>:<unixReviewTime>}, so the dumps' repeated
 *       reviews count as duplicates and re-importing adds nothing.
 * </ul>
 *
 * Other fields are ignored. Stateless and thread-safe.
 */
final class AmazonReviewImporter extends FileImporter {
  @Override
  void scan(Path input, RowSink sink, ImportProgress progress) throws IOException {
    JsonLinesScanner.scan(input, sink, progress, AmazonReviewImporter::review);
  }

  static Event review(JsonParser parser) throws IOException {
    AmazonReview review = AmazonReview.read(parser);
    if (review.time() == null) {
      throw new IllegalArgumentException("unixReviewTime is required");
    }
    String body = review.text();
    if (body == null) {
      throw new IllegalArgumentException("reviewText and summary are both missing or blank");
    }
    return new Event(
        "amazon:" + review.reviewer() + ":" + review.asin() + ":" + review.time(),
        review.reviewer(),
        review.asin(),
        EventType.REVIEW,
        EventFields.epochSeconds(review.time(), "unixReviewTime"),
        review.overall(),
        body,
        EventContext.EMPTY);
  }
}
