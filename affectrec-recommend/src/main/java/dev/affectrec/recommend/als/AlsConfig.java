package dev.affectrec.recommend.als;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link AlsTrainer}.
 *
 * @param factors latent dimension, at least 1 (default 64)
 * @param iterations full sweeps (users then items), at least 1 (default 15)
 * @param lambda L2 regularisation, at least 0 (default 0.3); when {@code weighted}, each vector's
 *     regularisation is {@code lambda} times its number of interactions
 * @param alpha confidence slope, {@code c = 1 + alpha r}, at least 0 (default 1)
 * @param binary whether every interaction counts 1 instead of its value (default true)
 * @param cgSteps conjugate-gradient steps per vector per sweep, at least 1 (default 3)
 * @param threads worker threads, at least 1 (default: available processors)
 * @param seed seed of the random initialisation
 * @param weighted whether the regularisation of a user's or item's vector is scaled by its number
 *     of interactions (ALS-WR, Zhou et al. 2008; what Spark MLlib does with {@code regParam}), so
 *     that one lambda fits data sets of different density (default true)
 */
public record AlsConfig(
    int factors,
    int iterations,
    double lambda,
    double alpha,
    boolean binary,
    int cgSteps,
    int threads,
    long seed,
    boolean weighted) {

  /**
   * Rank 64, 15 iterations, weighted lambda 0.3, alpha 1, binary, 3 CG steps, all processors, seed
   * 42.
   */
  public static final AlsConfig DEFAULTS =
      new AlsConfig(64, 15, 0.3, 1, true, 3, Runtime.getRuntime().availableProcessors(), 42, true);

  /** An unweighted configuration: every vector's regularisation is {@code lambda}. */
  public AlsConfig(
      int factors,
      int iterations,
      double lambda,
      double alpha,
      boolean binary,
      int cgSteps,
      int threads,
      long seed) {
    this(factors, iterations, lambda, alpha, binary, cgSteps, threads, seed, false);
  }

  /** Validates every field. */
  public AlsConfig {
    Arguments.requireAtLeast(factors, 1, "factors");
    Arguments.requireAtLeast(iterations, 1, "iterations");
    Arguments.requireInRange(lambda, 0, Double.MAX_VALUE, "lambda");
    Arguments.requireInRange(alpha, 0, Double.MAX_VALUE, "alpha");
    Arguments.requireAtLeast(cgSteps, 1, "cgSteps");
    Arguments.requireAtLeast(threads, 1, "threads");
  }
}
