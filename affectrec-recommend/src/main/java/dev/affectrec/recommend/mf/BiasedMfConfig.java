package dev.affectrec.recommend.mf;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link BiasedMfTrainer}.
 *
 * @param factors latent dimension, at least 1 (default 100)
 * @param epochs SGD passes over the ratings in shuffled order, at least 1 (default 60)
 * @param learningRate initial step, greater than 0 (default 0.08)
 * @param decay learning-rate factor applied after each epoch, in (0, 1] (default 0.97)
 * @param lambda L2 regularisation of the vectors, at least 0 (default 0.15)
 * @param biasLambda L2 regularisation of the biases, at least 0 (default 0.02)
 * @param initStd standard deviation of the initial vectors, at least 0 (default 0.1)
 * @param foldInEpochs SGD passes over a new user's history in fold-in, at least 1 (default 30)
 * @param seed seed of initialisation and shuffling
 * @param biasDamping the biases start at their damped means rather than 0: each item's at {@code
 *     sum(r - mean) / (n + biasDamping)} over its ratings, then each user's at {@code sum(r - mean
 *     - itemBias) / (n + biasDamping)} (Koren's baseline estimates), so that users and items with
 *     few ratings, which SGD updates rarely, start near their own level; at least 0, {@code
 *     Infinity} starts them at 0 (default 1)
 */
public record BiasedMfConfig(
    int factors,
    int epochs,
    double learningRate,
    double decay,
    double lambda,
    double biasLambda,
    double initStd,
    int foldInEpochs,
    long seed,
    double biasDamping) {

  /**
   * The defaults listed above, seed 42. Chosen on validation cuts of MovieLens 100K (about 70
   * ratings per user) and Amazon All Beauty (about 4, mostly 5 stars): the damped-mean start of the
   * biases and the larger step let rarely-updated users converge, the stronger lambda keeps
   * MovieLens's frequent ones from overfitting (docs/EVALUATION.md).
   */
  public static final BiasedMfConfig DEFAULTS =
      new BiasedMfConfig(100, 60, 0.08, 0.97, 0.15, 0.02, 0.1, 30, 42, 1);

  /** Validates every field. */
  public BiasedMfConfig {
    Arguments.requireAtLeast(factors, 1, "factors");
    Arguments.requireAtLeast(epochs, 1, "epochs");
    Arguments.requireInRange(learningRate, Double.MIN_VALUE, 10, "learningRate");
    Arguments.requireInRange(decay, Double.MIN_VALUE, 1, "decay");
    Arguments.requireInRange(lambda, 0, Double.MAX_VALUE, "lambda");
    Arguments.requireInRange(biasLambda, 0, Double.MAX_VALUE, "biasLambda");
    Arguments.requireInRange(initStd, 0, Double.MAX_VALUE, "initStd");
    Arguments.requireAtLeast(foldInEpochs, 1, "foldInEpochs");
    if (!(biasDamping >= 0)) {
      throw new IllegalArgumentException(
          "biasDamping must be at least 0 (Infinity: biases start at 0) but was " + biasDamping);
    }
  }
}
