package dev.affectrec.recommend.mf;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link BiasedMfTrainer}.
 *
 * @param factors latent dimension, at least 1 (default 100)
 * @param epochs SGD passes over the ratings in shuffled order, at least 1 (default 60)
 * @param learningRate initial step, greater than 0 (default 0.007)
 * @param decay learning-rate factor applied after each epoch, in (0, 1] (default 0.97)
 * @param lambda L2 regularisation of the vectors, at least 0 (default 0.06)
 * @param biasLambda L2 regularisation of the biases, at least 0 (default 0.02)
 * @param initStd standard deviation of the initial vectors, at least 0 (default 0.1)
 * @param foldInEpochs SGD passes over a new user's history in fold-in, at least 1 (default 30)
 * @param seed seed of initialisation and shuffling
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
    long seed) {

  /** The defaults listed above, seed 42. */
  public static final BiasedMfConfig DEFAULTS =
      new BiasedMfConfig(100, 60, 0.007, 0.97, 0.06, 0.02, 0.1, 30, 42);

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
  }
}
