package dev.affectrec.eval.data;

import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.recommend.data.Interaction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The input formats the evaluation jobs read. */
public enum DataFormat {
  /** A MovieLens folder (reads {@code u.data}) or a {@code u.data}/{@code ratings.dat} file. */
  MOVIELENS,
  /** Amazon review JSON Lines with reviewerID, asin, overall, unixReviewTime; .gz allowed. */
  AMAZON,
  /** {@code user<TAB>item<TAB>rating[<TAB>time]}, the u.data layout. */
  TSV;

  /**
   * The scale of the values in {@code data} of this format: five stars for MovieLens and Amazon;
   * for TSV five stars when the values look like star ratings ({@link RatingScale#infer}), else
   * none (implicit feedback such as counts).
   */
  public Optional<RatingScale> ratingScale(List<Interaction> data) {
    if (this != TSV) {
      return Optional.of(RatingScale.FIVE_STARS);
    }
    float[] values = new float[data.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = data.get(i).value();
    }
    return RatingScale.infer(values);
  }

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
