package dev.affectrec.eval.data;

import dev.affectrec.io.lines.Lines;
import dev.affectrec.io.ratings.RatingRow;
import dev.affectrec.recommend.data.Interaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited rating lines ({@link RatingRow}) as interactions. Blank lines are skipped;
 * anything else that does not parse fails with its line number.
 */
final class DelimitedRatings {
  private DelimitedRatings() {}

  /**
   * Reads every rating of {@code file}, plain or gzip.
   *
   * @param latin1 decode lines as ISO-8859-1 (MovieLens 100K) instead of checked UTF-8
   */
  static List<Interaction> read(Path file, boolean latin1) throws IOException {
    List<Interaction> out = new ArrayList<>();
    Lines.eachNonBlank(
        file,
        lines -> {
          try {
            RatingRow row = RatingRow.parse(latin1 ? lines.latin1() : lines.utf8());
            out.add(new Interaction(row.user(), row.item(), (float) row.rating(), row.seconds()));
          } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, lines.number(), e.getMessage());
          }
        });
    return out;
  }
}
