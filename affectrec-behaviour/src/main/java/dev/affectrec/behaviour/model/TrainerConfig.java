package dev.affectrec.behaviour.model;

import dev.affectrec.api.Arguments;

/**
 * Random-forest hyperparameters.
 *
 * @param trees number of trees, 1 to 1000
 * @param maxDepth depth of each tree, 1 to 50
 * @param featureFraction fraction of features tried at each split, in (0, 1) (a random forest needs
 *     a strict subset)
 * @param seed random seed for bagging and feature sampling
 * @param balanceClasses weight each example by {@code n / (classes * count(its label))} so that
 *     rare polarities count as much as common ones
 */
public record TrainerConfig(
    int trees, int maxDepth, double featureFraction, long seed, boolean balanceClasses) {

  /** Validates the fields. */
  public TrainerConfig {
    Arguments.requireAtLeast(trees, 1, "trees");
    if (trees > 1000) {
      throw new IllegalArgumentException("trees must be at most 1000 but was " + trees);
    }
    Arguments.requireAtLeast(maxDepth, 1, "maxDepth");
    if (maxDepth > 50) {
      throw new IllegalArgumentException("maxDepth must be at most 50 but was " + maxDepth);
    }
    Arguments.requireInRange(featureFraction, 0, 1, "featureFraction");
    if (featureFraction == 0 || featureFraction == 1) {
      throw new IllegalArgumentException(
          "featureFraction must be strictly between 0 and 1 but was " + featureFraction);
    }
  }

  /**
   * 30 trees of depth 6, half the features per split, seed 42, classes not balanced (balancing cost
   * 19 points of dev accuracy on MovieLens for no macro-F1 gain; docs/EVALUATION.md).
   */
  public static TrainerConfig defaults() {
    return new TrainerConfig(30, 6, 0.5, 42L, false);
  }

  /** A copy with class balancing switched on or off. */
  public TrainerConfig withBalanceClasses(boolean balance) {
    return new TrainerConfig(trees, maxDepth, featureFraction, seed, balance);
  }
}
