package dev.affectrec.eval.data;

import dev.affectrec.recommend.data.ReviewKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The review text behind each interaction, where the data carries one: Amazon reviews ({@code
 * reviewText}, else {@code summary}). Keys are {@link ReviewKey}s. Bad lines are skipped here;
 * {@link RatingsReader} reports them. Stateless and thread-safe.
 */
public final class ReviewTexts {
  private ReviewTexts() {}

  /** The review texts of {@code path} in {@code format}; empty when the format has none. */
  public static Map<String, String> read(DataFormat format, Path path) throws IOException {
    if (format != DataFormat.AMAZON) {
      return Map.of();
    }
    Map<String, String> texts = new HashMap<>();
    AmazonReviews.forEach(
        RatingsReader.requireFile(path),
        false,
        review -> {
          String text = review.text();
          if (text != null) {
            texts.put(ReviewKey.of(review.reviewer(), review.asin(), review.secondsOrZero()), text);
          }
        });
    return texts;
  }
}
