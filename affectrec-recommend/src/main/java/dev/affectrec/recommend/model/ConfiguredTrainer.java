package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.time.Clock;
import java.util.Objects;

/**
 * A trainer configured by one validated config record: it rejects an empty matrix, and derives its
 * models' provenance from the algorithm name, the config and the clock, so that no trainer builds
 * either by hand. Subclasses hold no mutable state, so they stay safe for concurrent use.
 *
 * @param <C> the config record
 * @param <M> the model type
 */
public abstract class ConfiguredTrainer<C extends Record, M extends ScoringModel>
    implements Trainer<M> {
  private final String algorithm;
  private final Clock clock;

  /** The validated configuration, never null. */
  protected final C config;

  /**
   * A trainer for {@code algorithm} (its registry name, recorded in provenance).
   *
   * @param clock whose time the models record as their creation time
   */
  protected ConfiguredTrainer(String algorithm, C config, Clock clock) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm is required");
    this.config = Objects.requireNonNull(config, "config is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  @Override
  public final M train(InteractionMatrix data) {
    Trainer.requireData(data);
    return fit(data);
  }

  /** Trains on {@code data}, which holds at least one interaction. */
  protected abstract M fit(InteractionMatrix data);

  /** The provenance of a model trained on {@code data} with {@code seed} (0 when unseeded). */
  protected final Provenance provenance(InteractionMatrix data, long seed) {
    return ModelProvenance.of(algorithm, data, config, seed, clock);
  }
}
