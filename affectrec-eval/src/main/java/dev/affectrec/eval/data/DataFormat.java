package dev.affectrec.eval.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats the evaluation jobs read. */
public enum DataFormat {
  /** A MovieLens folder (reads {@code u.data}) or a {@code u.data}/{@code ratings.dat} file. */
  MOVIELENS,
  /** Amazon review JSON Lines with reviewerID, asin, overall, unixReviewTime; .gz allowed. */
  AMAZON,
  /** {@code user<TAB>item<TAB>rating[<TAB>time]}, the u.data layout. */
  TSV;

  /** The lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a command-line name.
   *
   * @throws IllegalArgumentException naming the value and the known formats
   */
  public static DataFormat parse(String name) {
    for (DataFormat f : values()) {
      if (f.cliName().equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + name
            + "'; known formats: "
            + Arrays.stream(values()).map(DataFormat::cliName).collect(Collectors.joining(", ")));
  }
}
