package dev.affectrec.recommend.bpr;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link BprTrainer}.
 *
 * @param factors latent dimension, at least 1 (default 64)
 * @param epochs passes, each drawing as many triples as there are interactions, at least 1 (default
 *     120)
 * @param learningRate SGD step, greater than 0 (default 0.05)
 * @param lambda L2 regularisation of vectors and biases, at least 0 (default 0.02)
 * @param seed seed of initialisation and sampling
 */
public record BprConfig(int factors, int epochs, double learningRate, double lambda, long seed) {

  /** Rank 64, 120 epochs, learning rate 0.05, lambda 0.02, seed 42. */
  public static final BprConfig DEFAULTS = new BprConfig(64, 120, 0.05, 0.02, 42);

  /** Validates every field. */
  public BprConfig {
    Arguments.requireAtLeast(factors, 1, "factors");
    Arguments.requireAtLeast(epochs, 1, "epochs");
    Arguments.requireInRange(learningRate, Double.MIN_VALUE, 10, "learningRate");
    Arguments.requireInRange(lambda, 0, Double.MAX_VALUE, "lambda");
  }
}
