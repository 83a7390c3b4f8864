package dev.affectrec.store.imports;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventIds;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.io.lines.InputFiles;
import dev.affectrec.io.lines.LineReader;
import dev.affectrec.io.ratings.MovieLensItem;
import dev.affectrec.io.ratings.RatingRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports a MovieLens 100K folder.
 *
 * <ul>
 *   <li>{@code u.data} (required; {@code user item rating timestamp}, read by {@link RatingRow}):
 *       each line a {@code rate} event with id {@code movielens:<user>:<item>:<timestamp>}, value
 *       the rating, time the Unix timestamp, so re-importing adds nothing.
 *   <li>{@code u.item} (optional, ISO-8859-1, {@code |}-separated): items with the title, the
 *       genres flagged 1 as categories (named by {@code u.genre}, required with it) and the
 *       attributes {@code release_date}, {@code video_release_date}, {@code imdb_url} when present.
 *   <li>{@code u.user} (optional, {@code |}-separated {@code id|age|gender|occupation|zip}): users
 *       with those attributes.
 * </ul>
 *
 * Only {@code u.data} rows count as read; bad rows of any file are rejected with that file's name.
 * Stateless and thread-safe.
 */
final class MovieLensImporter extends FileImporter {
  private static final Pattern PIPE = Pattern.compile("\\|");

  @Override
  void scan(Path input, RowSink sink, ImportProgress progress) throws IOException {
    if (!Files.isDirectory(input)) {
      throw new InputException(
          input + " is not a directory; --format movielens expects the MovieLens 100K folder");
    }
    Path data = input.resolve("u.data");
    if (!Files.isRegularFile(data)) {
      throw new InputException(input + " has no u.data file; is it a MovieLens 100K folder?");
    }
    Path items = input.resolve("u.item");
    if (Files.isRegularFile(items)) {
      items(items, genres(input.resolve("u.genre")), sink);
    }
    Path users = input.resolve("u.user");
    if (Files.isRegularFile(users)) {
      users(users, sink);
    }
    ratings(data, sink, progress);
  }

  private static void ratings(Path file, RowSink sink, ImportProgress progress) throws IOException {
    try (LineReader lines = new LineReader(InputFiles.open(file, progress), "u.data")) {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        try {
          sink.event(rating(lines.utf8()));
        } catch (IllegalArgumentException e) {
          sink.reject("u.data", lines.number(), e.getMessage());
        }
      }
    }
  }

  static Event rating(String line) {
    RatingRow row = RatingRow.parse(line);
    requireStorable("user", row.user());
    requireStorable("item", row.item());
    return row.toRateEvent(
        "movielens:" + row.user() + ":" + row.item() + ":" + row.timestamp(), row.user());
  }

  private static List<String> genres(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + " is missing; it names the genre columns of u.item");
    }
    return MovieLensItem.genreNames(file);
  }

  private static void items(Path file, List<String> genres, RowSink sink) throws IOException {
    try (LineReader lines = new LineReader(InputFiles.open(file, ImportProgress.NONE), "u.item")) {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        try {
          MovieLensItem movie = MovieLensItem.parse(lines.latin1(), genres);
          requireStorable("item id", movie.id());
          sink.item(item(movie));
        } catch (IllegalArgumentException e) {
          sink.reject("u.item", lines.number(), e.getMessage());
        }
      }
    }
  }

  static Item item(MovieLensItem movie) {
    Map<String, String> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "release_date", movie.releaseDate());
    putIfPresent(attributes, "video_release_date", movie.videoReleaseDate());
    putIfPresent(attributes, "imdb_url", movie.imdbUrl());
    return new Item(movie.id(), movie.title(), "", movie.genres(), attributes, null);
  }

  private static void users(Path file, RowSink sink) throws IOException {
    try (LineReader lines = new LineReader(InputFiles.open(file, ImportProgress.NONE), "u.user")) {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        String[] f = PIPE.split(lines.latin1(), -1);
        if (f.length != 5) {
          sink.reject(
              "u.user",
              lines.number(),
              "expected 5 |-separated fields (id|age|gender|occupation|zip) but found " + f.length);
          continue;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "age", f[1]);
        putIfPresent(attributes, "gender", f[2]);
        putIfPresent(attributes, "occupation", f[3]);
        putIfPresent(attributes, "zip", f[4]);
        try {
          requireStorable("user id", f[0]);
          sink.user(new User(f[0], attributes, null));
        } catch (IllegalArgumentException e) {
          sink.reject("u.user", lines.number(), e.getMessage());
        }
      }
    }
  }

  /** Ids of u.data, u.item and u.user follow the rules of every id ({@link EventIds}). */
  private static void requireStorable(String field, String id) {
    String problem = EventIds.problem(id);
    if (problem != null) {
      throw new IllegalArgumentException(field + " " + problem);
    }
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (!value.isBlank()) {
      map.put(key, value.strip());
    }
  }
}
