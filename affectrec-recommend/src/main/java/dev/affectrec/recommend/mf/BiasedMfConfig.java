package dev.affectrec.recommend.mf;

import dev.affectrec.api.Arguments;

/**
 * Configuration of {@link BiasedMfTrainer}. Both solvers minimise the same objective, the squared
 * error of every training rating plus, per rating, {@code lambda} times the squared norms of its
 * user's and item's vectors and {@code biasLambda} times their squared biases: a user or item with
 * {@code n} ratings is regularised by {@code n * lambda} (what ALS-WR and Spark MLlib do with
 * {@code regParam}).
 *
 * @param factors latent dimension, at least 1 (default 50)
 * @param epochs SGD passes over the ratings in shuffled order, at least 1 (default 60; unused by
 *     {@code als})
 * @param learningRate initial SGD step, greater than 0 (default 0.08; unused by {@code als})
 * @param decay learning-rate factor applied after each epoch, in (0, 1] (default 0.97; unused by
 *     {@code als})
 * @param lambda L2 regularisation of the vectors per rating, at least 0 (default 0.15)
 * @param biasLambda L2 regularisation of the biases per rating, at least 0 (default 0.02)
 * @param initStd standard deviation of the initial vectors, at least 0 (default 0.1)
 * @param foldInEpochs SGD passes over a new user's history in fold-in, at least 1 (default 30;
 *     {@code als} folds in by one exact solve)
 * @param seed seed of initialisation and shuffling
 * @param biasDamping the biases start at their damped means rather than 0: each item's at {@code
 *     sum(r - mean) / (n + biasDamping)} over its ratings, then each user's at {@code sum(r - mean
 *     - itemBias) / (n + biasDamping)} (Koren's baseline estimates), so that users and items with
 *     few ratings, which SGD updates rarely, start near their own level; at least 0, {@code
 *     Infinity} starts them at 0 (default 1)
 * @param solver {@value #SGD} (stochastic gradient descent, the only solver before issue 17) or
 *     {@value #ALS} (exact alternating least squares: every user's bias and vector solved in closed
 *     form with the items fixed, then every item's, {@code iterations} times; no step size to tune)
 * @param iterations ALS sweeps, at least 1 (default 15; unused by {@code sgd})
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
    double biasDamping,
    String solver,
    int iterations) {

  /** The stochastic gradient descent solver. */
  public static final String SGD = "sgd";

  /** The exact alternating least squares solver. */
  public static final String ALS = "als";

  /** The solver of model files written before the solver was recorded. */
  public static final String LEGACY_SOLVER = SGD;

  /**
   * The defaults listed above, seed 42: the {@value #ALS} solver. Chosen on validation cuts of
   * MovieLens 100K (about 70 ratings per user) and Amazon All Beauty (about 4, mostly 5 stars):
   * exact solves converge for users SGD updates only a few times per epoch, so one lambda is within
   * 0.4% of ALS's best validation RMSE on either data set, where SGD's best step differed between
   * them (docs/EVALUATION.md). The SGD fields are SGD's defaults for {@code solver=sgd} (round 2 of
   * issue 17 used 100 factors with them).
   */
  public static final BiasedMfConfig DEFAULTS =
      new BiasedMfConfig(50, 60, 0.08, 0.97, 0.15, 0.02, 0.1, 30, 42, 1, ALS, 15);

  /** Whether the solver is {@value #ALS}. */
  public boolean exact() {
    return solver.equals(ALS);
  }

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
    if (!SGD.equals(solver) && !ALS.equals(solver)) {
      throw new IllegalArgumentException(
          "solver must be " + SGD + " or " + ALS + " but was " + solver);
    }
    Arguments.requireAtLeast(iterations, 1, "iterations");
  }
}
