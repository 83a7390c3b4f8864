package dev.affectrec.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.recommend.data.ReviewKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The review text behind each interaction, where the data carries one: Amazon reviews ({@code
 * reviewText}, else {@code summary}). Keys are {@link ReviewKey}s. Lines that are not objects are
 * skipped here; {@link AmazonReviews} reports them. Stateless and thread-safe.
 */
public final class ReviewTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewTexts() {}

  /** The review texts of {@code path} in {@code format}; empty when the format has none. */
  public static Map<String, String> read(DataFormat format, Path path) throws IOException {
    if (format != DataFormat.AMAZON) {
      return Map.of();
    }
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader reader =
        RatingsReader.open(RatingsReader.requireFile(path), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          continue;
        }
        String text = node.path("reviewText").asText("");
        if (text.isBlank()) {
          text = node.path("summary").asText("");
        }
        if (!text.isBlank()) {
          texts.put(
              ReviewKey.of(
                  node.path("reviewerID").asText(),
                  node.path("asin").asText(),
                  node.path("unixReviewTime").asLong(0)),
              text);
        }
      }
    }
    return texts;
  }
}
