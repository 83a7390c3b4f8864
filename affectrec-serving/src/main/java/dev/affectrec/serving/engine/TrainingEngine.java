package dev.affectrec.serving.engine;

import dev.affectrec.serving.ServingTrainer;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A training engine outside this process, found with {@link ServiceLoader}. Its model is the same
 * hybrid the single-node {@link ServingTrainer} trains (same files, same manifest, whose {@code
 * engine} names it), so {@code serve} loads it unchanged. Implementations are thread-safe.
 */
public interface TrainingEngine {

  /** The engine's name, as given to {@code affectrec train --engine}. */
  String name();

  /**
   * Trains on the store of {@code run}; the caller saves the result.
   *
   * @throws IllegalArgumentException when the store holds no positive interaction
   * @throws IOException when the store's snapshot cannot be written or read
   */
  ServingTrainer.Trained train(EngineTraining run) throws IOException;

  /**
   * Writes every event of {@code store} to {@code dir} in the engine's snapshot format (for Spark:
   * Parquet, the columns of the events table), replacing what {@code dir} held.
   *
   * @param master where the engine runs while it writes
   * @return the number of events written
   * @throws IOException when the snapshot cannot be written
   */
  long writeSnapshot(EventStore store, Path dir, String master) throws IOException;

  /**
   * Reads the review and search texts of {@code run}'s store that have no reading yet (users who
   * refused text consent left out) on the engine's workers, with the shipped text model, and stores
   * the readings through the store API. {@code run}'s base, options and clock are not used.
   *
   * @return the number of readings stored
   * @throws IOException when the store's snapshot cannot be written or read
   */
  long readTexts(EngineTraining run) throws IOException;

  /**
   * The engine called {@code name} among those {@code loader} sees.
   *
   * @return empty when there is none
   */
  static Optional<TrainingEngine> find(String name, ClassLoader loader) {
    for (TrainingEngine engine : ServiceLoader.load(TrainingEngine.class, loader)) {
      if (engine.name().equals(name)) {
        return Optional.of(engine);
      }
    }
    return Optional.empty();
  }
}
