package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.time.Clock;
import java.util.Objects;

/**
 * A trainer configured by one validated config record: it rejects an empty matrix, and derives its
 * models' provenance from the algorithm name, the config and a clock, so that no trainer builds
 * either by hand. Subclasses hold no mutable state, so they stay safe for concurrent use.
 *
 * @param <C> the config record
 * @param <M> the model type
 */
public abstract class ConfiguredTrainer<C extends Record, M extends ScoringModel>
    implements Trainer<M> {
  private final String algorithm;

  /** The validated configuration, never null. */
  protected final C config;

  /** A trainer for {@code algorithm} (its registry name, recorded in provenance). */
  protected ConfiguredTrainer(String algorithm, C config) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm is required");
    this.config = Objects.requireNonNull(config, "config is required");
  }

  /** Trains on {@code data}; the model records the system clock's time as its creation time. */
  @Override
  public final M train(InteractionMatrix data) {
    return train(data, Clock.systemUTC());
  }

  /**
   * Trains on {@code data}; the model records {@code clock}'s time as its creation time.
   *
   * @throws IllegalArgumentException if {@code data} has no interactions
   */
  public final M train(InteractionMatrix data, Clock clock) {
    Trainer.requireData(data);
    return fit(data, Objects.requireNonNull(clock, "clock is required"));
  }

  /** Trains on {@code data}, which holds at least one interaction. */
  protected abstract M fit(InteractionMatrix data, Clock clock);

  /** The provenance of a model trained on {@code data} with {@code seed} (0 when unseeded). */
  protected final Provenance provenance(InteractionMatrix data, long seed, Clock clock) {
    return ModelProvenance.of(algorithm, data, config, seed, clock);
  }
}
