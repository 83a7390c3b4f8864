package dev.affectrec.recommend.model;

import dev.affectrec.recommend.data.InteractionMatrix;

/**
 * Trains a model from an interaction matrix. A trainer holds only its validated configuration and
 * is safe for concurrent use; each call returns a new immutable model.
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface Trainer<M extends ScoringModel> {

  /**
   * Trains on {@code data}.
   *
   * @throws IllegalArgumentException if {@code data} has no interactions
   */
  M train(InteractionMatrix data);

  /** Rejects an empty matrix with a clear message. */
  static void requireData(InteractionMatrix data) {
    if (data.nonZeros() == 0) {
      throw new IllegalArgumentException("cannot train on an empty interaction matrix");
    }
  }
}
