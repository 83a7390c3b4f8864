package dev.affectrec.eval.data;

import dev.affectrec.recommend.data.Interaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code user<TAB>item<TAB>rating[<TAB>time]} lines (or {@code ::}-separated MovieLens 1M
 * lines). Blank lines are skipped; anything else that does not parse fails with its line number.
 */
final class DelimitedRatings {
  private DelimitedRatings() {}

  static List<Interaction> read(Path file, Charset charset) throws IOException {
    List<Interaction> out = new ArrayList<>();
    try (BufferedReader reader = RatingsReader.open(file, charset)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        out.add(parse(file, number, line));
      }
    }
    return out;
  }

  private static Interaction parse(Path file, long number, String line) {
    String[] f = line.contains("::") ? line.split("::", -1) : line.split("\t", -1);
    if (f.length < 3 || f.length > 4) {
      throw new DataFormatException(
          file,
          number,
          "expected user<TAB>item<TAB>rating[<TAB>time] but found "
              + f.length
              + " field(s): '"
              + abbreviate(line)
              + "'");
    }
    if (f[0].isBlank() || f[1].isBlank()) {
      throw new DataFormatException(file, number, "user and item must not be blank");
    }
    float rating;
    try {
      rating = Float.parseFloat(f[2].trim());
    } catch (NumberFormatException e) {
      throw new DataFormatException(file, number, "rating '" + f[2] + "' is not a number");
    }
    if (!Float.isFinite(rating)) {
      throw new DataFormatException(file, number, "rating '" + f[2] + "' is not finite");
    }
    long time = 0;
    if (f.length == 4 && !f[3].isBlank()) {
      try {
        time = Long.parseLong(f[3].trim());
      } catch (NumberFormatException e) {
        throw new DataFormatException(
            file, number, "time '" + f[3] + "' is not an integer (epoch seconds)");
      }
    }
    return new Interaction(f[0].trim(), f[1].trim(), rating, time);
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
