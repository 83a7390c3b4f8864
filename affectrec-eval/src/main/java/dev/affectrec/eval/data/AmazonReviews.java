package dev.affectrec.eval.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.affectrec.io.lines.Lines;
import dev.affectrec.io.ratings.AmazonReview;
import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Amazon review JSON Lines ({@link AmazonReview}) for evaluation, plain or gzip. As
 * interactions every line needs {@code overall}; a line without {@code unixReviewTime} gets time 0.
 */
final class AmazonReviews {
  /** Receives the reviews of a file. */
  @FunctionalInterface
  interface ReviewSink {
    void review(AmazonReview review);
  }

  private AmazonReviews() {}

  static List<Interaction> read(Path file) throws IOException {
    List<Interaction> out = new ArrayList<>();
    forEach(
        file,
        true,
        review -> {
          if (review.overall() == null) {
            throw new IllegalArgumentException("overall is required");
          }
          out.add(
              new Interaction(
                  review.reviewer(),
                  review.asin(),
                  review.overall().floatValue(),
                  review.secondsOrZero()));
        });
    return out;
  }

  /**
   * Hands every review of {@code file} to {@code sink}.
   *
   * @param strict a bad line fails with its number; otherwise it is skipped
   * @throws DataFormatException for a bad line in strict mode
   * @throws dev.affectrec.api.InputException when the file as a whole cannot be read (empty, not
   *     valid gzip or UTF-8)
   */
  static void forEach(Path file, boolean strict, ReviewSink sink) throws IOException {
    Lines.eachNonBlank(
        file,
        lines -> {
          try {
            sink.review(AmazonReview.parse(lines));
          } catch (JsonProcessingException e) {
            if (strict) {
              throw new DataFormatException(
                  file, lines.number(), "not valid JSON: " + e.getOriginalMessage());
            }
          } catch (IllegalArgumentException e) {
            if (strict) {
              throw new DataFormatException(file, lines.number(), e.getMessage());
            }
          }
        });
  }
}
