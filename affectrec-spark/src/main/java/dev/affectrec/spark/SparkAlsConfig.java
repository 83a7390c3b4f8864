package dev.affectrec.spark;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link SparkAlsTrainer}, mirroring Spark's ALS parameters.
 *
 * @param implicit implicit preferences (Hu, Koren, Volinsky) or explicit ratings
 * @param factors Spark's rank, at least 1
 * @param iterations Spark's maxIter, at least 1
 * @param lambda Spark's regParam (scaled by each user's and item's rating count inside Spark), at
 *     least 0
 * @param alpha Spark's alpha (implicit only), at least 0
 * @param binary whether every interaction counts 1 (implicit only)
 * @param seed Spark's seed
 */
public record SparkAlsConfig(
    boolean implicit,
    int factors,
    int iterations,
    double lambda,
    double alpha,
    boolean binary,
    long seed) {

  /** Implicit, rank 64, 15 iterations, regParam 0.1, alpha 1, binary: the tuned peer setting. */
  public static final SparkAlsConfig IMPLICIT_DEFAULTS =
      new SparkAlsConfig(true, 64, 15, 0.1, 1, true, 42);

  /** Explicit, rank 10, 10 iterations, regParam 0.1. */
  public static final SparkAlsConfig EXPLICIT_DEFAULTS =
      new SparkAlsConfig(false, 10, 10, 0.1, 1, false, 42);

  /** Validates every field. */
  public SparkAlsConfig {
    Arguments.requireAtLeast(factors, 1, "factors");
    Arguments.requireAtLeast(iterations, 1, "iterations");
    Arguments.requireInRange(lambda, 0, Double.MAX_VALUE, "lambda");
    Arguments.requireInRange(alpha, 0, Double.MAX_VALUE, "alpha");
  }
}
