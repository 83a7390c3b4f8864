package dev.affectrec.eval.job;

import dev.affectrec.eval.data.DataFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@link PredictFileJob}.
 *
 * @param format the format of both files, never null
 * @param train the training file, never null
 * @param test the pairs to predict (their ratings are ignored), never null
 * @param algorithm one algorithm spec
 * @param out the output file, never null
 */
public record PredictFileOptions(
    DataFormat format, Path train, Path test, String algorithm, Path out) {

  /** Checks the required fields. */
  public PredictFileOptions {
    Objects.requireNonNull(format, "format is required");
    Objects.requireNonNull(train, "train is required");
    Objects.requireNonNull(test, "test is required");
    Objects.requireNonNull(algorithm, "algorithm is required");
    Objects.requireNonNull(out, "out is required");
  }
}
