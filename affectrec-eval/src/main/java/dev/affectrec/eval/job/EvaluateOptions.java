package dev.affectrec.eval.job;

import dev.affectrec.eval.data.DataFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@link EvaluateJob}.
 *
 * @param format the input format, never null
 * @param input the dataset file or folder, never null
 * @param protocol {@code ml100k-5fold}, {@code holdout}, {@code temporal} or {@code loo}
 * @param algorithms comma-separated specs, for example {@code popular,ease:lambda=300}
 * @param k the primary cutoff (checked by the job: at least 1)
 * @param outDir where report.json, report.md, a chart per metric, per-user.csv and top-k.csv go, or
 *     null for none
 * @param json print JSON instead of the Markdown table
 * @param fraction the held-out share for holdout and a global temporal cut (default 0.2)
 * @param seed the split seed (default 42)
 * @param lastN per-user test size for temporal; 0 for a global cut (default 0)
 * @param validation evaluate on a validation cut of each training part instead of the test part,
 *     for tuning without touching the test data
 * @param tuneBudget 0 for no tuning; otherwise the trials per algorithm of a {@link
 *     dev.affectrec.recommend.tune.ModelSearch} on a validation cut of each training part, whose
 *     choice is then measured on the test part beside the spec as written
 */
public record EvaluateOptions(
    DataFormat format,
    Path input,
    String protocol,
    String algorithms,
    int k,
    Path outDir,
    boolean json,
    double fraction,
    long seed,
    int lastN,
    boolean validation,
    int tuneBudget) {

  /** Checks the required fields. */
  public EvaluateOptions {
    Objects.requireNonNull(format, "format is required");
    Objects.requireNonNull(input, "input is required");
    Objects.requireNonNull(protocol, "protocol is required");
    Objects.requireNonNull(algorithms, "algorithms is required");
  }

  /** Options without tuning. */
  public EvaluateOptions(
      DataFormat format,
      Path input,
      String protocol,
      String algorithms,
      int k,
      Path outDir,
      boolean json,
      double fraction,
      long seed,
      int lastN,
      boolean validation) {
    this(
        format, input, protocol, algorithms, k, outDir, json, fraction, seed, lastN, validation, 0);
  }

  /** Options with k 10, no output folder, Markdown, fraction 0.2, seed 42, global cut. */
  public static EvaluateOptions of(
      DataFormat format, Path input, String protocol, String algorithms) {
    return new EvaluateOptions(
        format, input, protocol, algorithms, 10, null, false, 0.2, 42, 0, false);
  }
}
