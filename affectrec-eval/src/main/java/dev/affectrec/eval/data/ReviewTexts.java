package dev.affectrec.eval.data;

import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The review text behind each interaction, where the data carries one: Amazon reviews ({@code
 * reviewText}, else {@code summary}). Keys are {@link #key(Interaction)}. Bad lines are skipped
 * here; {@link RatingsReader} reports them. Stateless and thread-safe.
 */
public final class ReviewTexts {
  private ReviewTexts() {}

  /** The key of an interaction's review: user, item and time. */
  public static String key(Interaction interaction) {
    return key(interaction.user(), interaction.item(), interaction.time());
  }

  /** The key of a review by {@code user} of {@code item} at {@code time}. */
  public static String key(String user, String item, long time) {
    return user + '\t' + item + '\t' + time;
  }

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
            texts.put(key(review.reviewer(), review.asin(), review.secondsOrZero()), text);
          }
        });
    return texts;
  }
}
