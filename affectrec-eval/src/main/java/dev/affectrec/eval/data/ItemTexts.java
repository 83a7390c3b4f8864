package dev.affectrec.eval.data;

import dev.affectrec.io.lines.Lines;
import dev.affectrec.io.ratings.MovieLensItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Title and flagged genre names of each movie; lines that do not parse are skipped. */
  private static Map<String, String> movieLens(Path dir) throws IOException {
    Path items = dir == null ? null : dir.resolve("u.item");
    if (items == null || !Files.isRegularFile(items)) {
      return Map.of();
    }
    Path genreFile = dir.resolve("u.genre");
    List<String> genres =
        Files.isRegularFile(genreFile) ? MovieLensItem.genreNames(genreFile) : List.of();
    Map<String, String> texts = new HashMap<>();
    Lines.eachNonBlank(
        items,
        lines -> {
          try {
            MovieLensItem movie = MovieLensItem.parse(lines.latin1(), genres);
            StringBuilder text = new StringBuilder(movie.title());
            movie.genres().forEach(genre -> text.append(' ').append(genre));
            texts.put(movie.id(), text.toString());
          } catch (IllegalArgumentException e) {
            // not a movie line; the importer reports these, the texts only skip them
          }
        });
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
