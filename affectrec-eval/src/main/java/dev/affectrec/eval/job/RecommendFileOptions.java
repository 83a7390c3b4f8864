package dev.affectrec.eval.job;

import dev.affectrec.eval.data.DataFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@link RecommendFileJob}.
 *
 * @param format the training file's format, never null
 * @param train the training file, never null
 * @param algorithm one algorithm spec, for example {@code ease} or {@code als:factors=32}
 * @param k list length per user (checked by the job: at least 1)
 * @param out the output file, never null
 */
public record RecommendFileOptions(
    DataFormat format, Path train, String algorithm, int k, Path out) {

  /** Checks the required fields. */
  public RecommendFileOptions {
    Objects.requireNonNull(format, "format is required");
    Objects.requireNonNull(train, "train is required");
    Objects.requireNonNull(algorithm, "algorithm is required");
    Objects.requireNonNull(out, "out is required");
  }
}
