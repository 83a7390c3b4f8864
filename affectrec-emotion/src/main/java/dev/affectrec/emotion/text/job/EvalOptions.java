package dev.affectrec.emotion.text.job;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@code emotion eval}.
 *
 * @param dataset a task name of the shipped heads, for example {@code sst2} or {@code nlpcc}
 * @param input a UTF-8 TSV file of {@code text<TAB>label[,label...]} lines (labels by name or index
 *     of the task's label list), or null to use the dataset's dev split from {@code dataDir}
 * @param dataDir the {@code shared/data} folder, used when {@code input} is null
 * @param limit evaluate at most this many examples (the first ones), at least 1
 */
public record EvalOptions(String dataset, Path input, Path dataDir, int limit) {

  /** Validates the fields. */
  public EvalOptions {
    Objects.requireNonNull(dataset, "dataset");
    if (input == null && dataDir == null) {
      throw new IllegalArgumentException("eval needs --input FILE or a data folder");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
    }
  }
}
