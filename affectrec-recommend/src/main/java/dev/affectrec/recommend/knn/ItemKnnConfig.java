package dev.affectrec.recommend.knn;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link ItemKnnTrainer}.
 *
 * @param neighbours how many most similar items each item keeps, at least 1 (default 400)
 * @param shrinkage added to the cosine denominator to damp similarities from few co-raters, at
 *     least 0 (default 50)
 * @param binary whether every interaction counts 1 instead of its value (default true)
 * @param threads worker threads for training, at least 1 (default: available processors)
 */
public record ItemKnnConfig(int neighbours, double shrinkage, boolean binary, int threads) {

  /** 400 neighbours, shrinkage 50, binary, all processors. */
  public static final ItemKnnConfig DEFAULTS =
      new ItemKnnConfig(400, 50, true, Runtime.getRuntime().availableProcessors());

  /** Validates every field. */
  public ItemKnnConfig {
    Arguments.requireAtLeast(neighbours, 1, "neighbours");
    Arguments.requireInRange(shrinkage, 0, Double.MAX_VALUE, "shrinkage");
    Arguments.requireAtLeast(threads, 1, "threads");
  }
}
