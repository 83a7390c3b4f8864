package dev.affectrec.recommend.als;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link AlsTrainer}.
 *
 * @param factors latent dimension, at least 1 (default 64)
 * @param iterations full sweeps (users then items), at least 1 (default 15)
 * @param lambda L2 regularisation, at least 0 (default 2); when {@code weighted}, each vector's
 *     regularisation is {@code lambda} times its number of interactions to the power {@code
 *     exponent}
 * @param alpha confidence slope, {@code c = 1 + alpha r}, at least 0 (default 1)
 * @param binary whether every interaction counts 1 instead of its value (default true)
 * @param cgSteps conjugate-gradient steps per vector per sweep, at least 1 (default 3)
 * @param threads worker threads, at least 1 (default: available processors)
 * @param seed seed of the random initialisation
 * @param weighted whether the regularisation of a user's or item's vector is scaled by its number
 *     of interactions (ALS-WR, Zhou et al. 2008; what Spark MLlib does with {@code regParam}), so
 *     that one lambda fits data sets of different density (default true)
 * @param exponent when {@code weighted}, the power of the count: a vector fitted to {@code n}
 *     interactions has regularisation {@code lambda * n^exponent}; 1 is ALS-WR, 0 a fixed lambda,
 *     in [0, 1] (default 0.5)
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
    boolean weighted,
    double exponent) {

  /**
   * Rank 64, 15 iterations, lambda 2 weighted by the square root of each vector's interaction
   * count, alpha 1, binary, 3 CG steps, all processors, seed 42. Chosen on validation cuts of
   * MovieLens 100K (about 70 interactions per user) and Amazon All Beauty (about 4): ALS-WR's
   * {@code lambda * n} over-regularises MovieLens's heavy users, a fixed lambda Amazon's light
   * ones; {@code lambda * sqrt(n)} is within 1% of the best of either on both (docs/EVALUATION.md).
   */
  public static final AlsConfig DEFAULTS =
      new AlsConfig(
          64, 15, 2, 1, true, 3, Runtime.getRuntime().availableProcessors(), 42, true, 0.5);

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
    this(factors, iterations, lambda, alpha, binary, cgSteps, threads, seed, false, 1);
  }

  /** Validates every field. */
  public AlsConfig {
    Arguments.requireAtLeast(factors, 1, "factors");
    Arguments.requireAtLeast(iterations, 1, "iterations");
    Arguments.requireInRange(lambda, 0, Double.MAX_VALUE, "lambda");
    Arguments.requireInRange(alpha, 0, Double.MAX_VALUE, "alpha");
    Arguments.requireAtLeast(cgSteps, 1, "cgSteps");
    Arguments.requireAtLeast(threads, 1, "threads");
    Arguments.requireInRange(exponent, 0, 1, "exponent");
  }

  /**
   * The regularisation of a vector fitted to {@code count} interactions: {@code lambda * max(count,
   * 1)^exponent} when weighted, else {@code lambda}.
   */
  public double regularisation(int count) {
    return weighted ? lambda * Math.pow(Math.max(count, 1), exponent) : lambda;
  }
}
