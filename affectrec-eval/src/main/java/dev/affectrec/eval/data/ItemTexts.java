package dev.affectrec.eval.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item texts for content-based recommendation, where the data carries them: MovieLens {@code
 * u.item} (title and genre names) and Amazon reviews (the summaries of each item's reviews).
 * Stateless and thread-safe.
 */
public final class ItemTexts {
  private static final int MAX_CHARS = 2_000;

  private ItemTexts() {}

  /** The texts for {@code path} in {@code format}; an empty map when the format has none. */
  public static Map<String, String> read(DataFormat format, Path path) throws IOException {
    return switch (format) {
      case MOVIELENS ->
          movieLens(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
      case AMAZON -> amazonSummaries(path);
      case TSV -> Map.of();
    };
  }

  private static Map<String, String> movieLens(Path dir) throws IOException {
    Path items = dir == null ? null : dir.resolve("u.item");
    if (items == null || !Files.isRegularFile(items)) {
      return Map.of();
    }
    List<String> genres = new ArrayList<>();
    Path genreFile = dir.resolve("u.genre");
    if (Files.isRegularFile(genreFile)) {
      for (String line : Files.readAllLines(genreFile, StandardCharsets.ISO_8859_1)) {
        if (!line.isBlank()) {
          genres.add(line.split("\\|")[0]);
        }
      }
    }
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(items, StandardCharsets.ISO_8859_1)) {
      String[] f = line.split("\\|", -1);
      if (f.length < 5) {
        continue;
      }
      StringBuilder text = new StringBuilder(f[1]);
      for (int g = 0; g < genres.size() && 5 + g < f.length; g++) {
        if ("1".equals(f[5 + g])) {
          text.append(' ').append(genres.get(g));
        }
      }
      texts.put(f[0], text.toString());
    }
    return texts;
  }

  private static Map<String, String> amazonSummaries(Path file) throws IOException {
    Map<String, StringBuilder> texts = new HashMap<>();
    AmazonReviews.forEach(
        RatingsReader.requireFile(file),
        false,
        review -> {
          StringBuilder text = texts.computeIfAbsent(review.asin(), k -> new StringBuilder());
          if (text.length() < MAX_CHARS) {
            text.append(review.summary() == null ? "" : review.summary()).append(". ");
          }
        });
    Map<String, String> out = new HashMap<>();
    texts.forEach((item, text) -> out.put(item, text.toString()));
    return out;
  }
}
