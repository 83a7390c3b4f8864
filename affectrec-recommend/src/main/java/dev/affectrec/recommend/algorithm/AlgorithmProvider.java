package dev.affectrec.recommend.algorithm;

import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.util.Set;

/**
 * A source of named trainers, found with {@link java.util.ServiceLoader}. Implementations must have
 * a public no-argument constructor and be thread-safe.
 */
public interface AlgorithmProvider {

  /** The names this provider creates, lower case. */
  Set<String> names();

  /**
   * A trainer for {@code name} configured from {@code params}; implementations read every parameter
   * they know through {@code params} so that unknown ones are reported.
   *
   * @throws IllegalArgumentException for an invalid parameter value or missing context
   */
  Trainer<? extends ScoringModel> create(String name, Params params, AlgorithmContext context);
}
