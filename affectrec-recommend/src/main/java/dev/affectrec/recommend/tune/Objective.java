package dev.affectrec.recommend.tune;

import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import java.util.List;

/**
 * Measures candidate configurations for a {@link ModelSearch}: trains each on a validation cut of
 * training data (never a test part) and reports one validation value per candidate.
 */
@FunctionalInterface
public interface Objective {

  /**
   * The validation value of each candidate, in the order given.
   *
   * @param candidates at least one; the first is the spec as written
   */
  TrialScores measure(List<AlgorithmSpec> candidates);
}
