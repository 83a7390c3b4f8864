package dev.affectrec.eval.data;

import dev.affectrec.recommend.data.Interaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads interactions in any {@link DataFormat}. Stateless and thread-safe. */
public final class RatingsReader {
  private RatingsReader() {}

  /**
   * Reads every interaction of {@code path} in {@code format}.
   *
   * @throws NoSuchFileException if the path does not exist
   * @throws DataFormatException naming the line that does not parse
   */
  public static List<Interaction> read(DataFormat format, Path path) throws IOException {
    return switch (format) {
      case MOVIELENS -> DelimitedRatings.read(movieLensFile(path), StandardCharsets.ISO_8859_1);
      case TSV -> DelimitedRatings.read(requireFile(path), StandardCharsets.UTF_8);
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

  /** A reader over {@code file}, decompressing when the name ends in .gz. */
  static BufferedReader open(Path file, Charset charset) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
  }
}
