package dev.affectrec.eval.data;

import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads interactions in any {@link DataFormat}. Stateless and thread-safe. */
public final class RatingsReader {
  private RatingsReader() {}

  /**
   * Reads every interaction of {@code path} in {@code format}.
   *
   * @throws NoSuchFileException if the path does not exist
   * @throws DataFormatException naming the line that does not parse
   * @throws dev.affectrec.api.InputException when the file as a whole cannot be read (empty, not
   *     valid gzip or UTF-8)
   */
  public static List<Interaction> read(DataFormat format, Path path) throws IOException {
    return switch (format) {
      case MOVIELENS -> DelimitedRatings.read(movieLensFile(path), true);
      case TSV -> DelimitedRatings.read(requireFile(path), false);
      case AMAZON -> AmazonReviews.read(requireFile(path));
    };
  }

  /** The ratings file of a MovieLens folder, or {@code path} itself when it is a file. */
  public static Path movieLensFile(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      for (String name : new String[] {"u.data", "ratings.dat"}) {
        if (Files.isRegularFile(path.resolve(name))) {
          return path.resolve(name);
        }
      }
      throw new DataFormatException(path + " is a folder without u.data or ratings.dat");
    }
    return requireFile(path);
  }

  static Path requireFile(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new DataFormatException(path + " is not a regular file");
    }
    return path;
  }
}
