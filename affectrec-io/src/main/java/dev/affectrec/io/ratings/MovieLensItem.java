package dev.affectrec.io.ratings;

import dev.affectrec.api.InputException;
import dev.affectrec.io.lines.InputFiles;
import dev.affectrec.io.lines.LineReader;
import dev.affectrec.io.lines.ReadProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One line of MovieLens 100K's {@code u.item} (ISO-8859-1, {@code |}-separated: id, title, release
 * date, video release date, IMDb URL, then one 0/1 flag per genre of {@code u.genre}).
 *
 * @param id the movie id as written
 * @param title the title as written
 * @param releaseDate as written, possibly blank
 * @param videoReleaseDate as written, possibly blank
 * @param imdbUrl as written, possibly blank
 * @param genres the names of the genres flagged 1, in {@code u.genre} order
 */
public record MovieLensItem(
    String id,
    String title,
    String releaseDate,
    String videoReleaseDate,
    String imdbUrl,
    List<String> genres) {
  private static final Pattern PIPE = Pattern.compile("\\|");

  /** Copies the genres. */
  public MovieLensItem {
    genres = List.copyOf(genres);
  }

  /**
   * Parses one non-blank line of {@code u.item}.
   *
   * @param genreNames the genre columns, from {@link #genreNames(Path)}
   * @throws IllegalArgumentException when the field count does not match the genres or a flag is
   *     not 0 or 1
   */
  public static MovieLensItem parse(String line, List<String> genreNames) {
    String[] f = PIPE.split(line, -1);
    if (f.length != 5 + genreNames.size()) {
      throw new IllegalArgumentException(
          "expected " + (5 + genreNames.size()) + " |-separated fields but found " + f.length);
    }
    List<String> flagged = new ArrayList<>();
    for (int g = 0; g < genreNames.size(); g++) {
      String flag = f[5 + g];
      if (flag.equals("1")) {
        flagged.add(genreNames.get(g));
      } else if (!flag.equals("0")) {
        throw new IllegalArgumentException(
            "genre flag for " + genreNames.get(g) + " must be 0 or 1 but was '" + flag + "'");
      }
    }
    return new MovieLensItem(f[0], f[1], f[2], f[3], f[4], flagged);
  }

  /**
   * The genre names of a {@code u.genre} file ({@code name|index} lines) in index order.
   *
   * @throws InputException naming the line that is not {@code name|index} or repeats an index, or
   *     the index missing from 0 to the count less one
   */
  public static List<String> genreNames(Path file) throws IOException {
    Map<Integer, String> byIndex = new HashMap<>();
    try (LineReader lines = new LineReader(InputFiles.open(file, ReadProgress.NONE), "u.genre")) {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        String[] f = PIPE.split(lines.latin1(), -1);
        String previous;
        try {
          previous = byIndex.put(Integer.parseInt(f[1].strip()), f[0].strip());
        } catch (RuntimeException e) {
          throw new InputException(
              "u.genre line "
                  + lines.number()
                  + ": expected 'name|index' but got "
                  + lines.latin1());
        }
        if (previous != null) {
          throw new InputException(
              "u.genre line " + lines.number() + ": index " + f[1].strip() + " appears twice");
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (int g = 0; g < byIndex.size(); g++) {
      if (!byIndex.containsKey(g)) {
        throw new InputException(
            "u.genre: the indexes of its "
                + byIndex.size()
                + " genres must run from 0 to "
                + (byIndex.size() - 1)
                + ", but "
                + g
                + " is missing");
      }
      names.add(byIndex.get(g));
    }
    return names;
  }
}
