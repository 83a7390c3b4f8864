package dev.affectrec.emotion.text.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Options of {@code emotion train}.
 *
 * @param dataDir the {@code shared/data} folder, must exist
 * @param cacheDir where training-text embeddings are cached (never committed)
 * @param outputDir where the head bundles {@code text-heads-LANG.bin.gz} and their provenance JSON
 *     are written
 * @param languages {@code en} and/or {@code zh}
 * @param config hyperparameters
 * @param only if non-empty, train only these tasks: dataset names, or {@code intensity} for the
 *     English intensity head (for quick experiments; the shipped bundles hold every task)
 */
public record TrainOptions(
    Path dataDir,
    Path cacheDir,
    Path outputDir,
    List<String> languages,
    TrainConfig config,
    List<String> only) {

  /** Validates the fields. */
  public TrainOptions {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(config, "config");
    languages = List.copyOf(languages);
    only = List.copyOf(only);
    for (String language : languages) {
      if (!language.equals("en") && !language.equals("zh")) {
        throw new IllegalArgumentException("language must be en or zh but was '" + language + "'");
      }
    }
  }

  /** The datasets whose heads make up one language's bundle, in training order. */
  public static List<String> tasks(String language) {
    return language.equals("en")
        ? List.of(
            "goemotions-ekman",
            "goemotions",
            "sst2",
            "carer",
            UnifiedTasks.EMOTION_EN,
            UnifiedTasks.POLARITY_EN)
        : List.of("nlpcc", "chnsenticorp", "online-shopping", UnifiedTasks.POLARITY_ZH);
  }
}
