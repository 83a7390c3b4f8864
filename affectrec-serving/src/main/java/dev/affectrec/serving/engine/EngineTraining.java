package dev.affectrec.serving.engine;

import dev.affectrec.api.Arguments;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * One training run on an engine. Immutable.
 *
 * @param store the open store: its consent decisions and readings are read through the store API,
 *     never null
 * @param jdbcUrl the store's PostgreSQL URL, which the engine reads in partitions; null for a
 *     SQLite store, which the engine reads through a snapshot written to {@code snapshotDir}
 * @param snapshotDir where the engine writes the store's events for its workers to read (replaced
 *     on every run), never null
 * @param master where the engine runs (for Spark: {@code local[2]}, {@code spark://host:7077}),
 *     non-blank
 * @param base the collaborative-filtering algorithm spec the engine trains (for Spark: {@code
 *     spark-als} with its parameters), non-blank
 * @param options seed, hold-out check and feedback weights of the run (their base is replaced by
 *     {@code base}), never null
 * @param clock the model's training time, never null
 */
public record EngineTraining(
    EventStore store,
    String jdbcUrl,
    Path snapshotDir,
    String master,
    String base,
    ServingOptions options,
    Clock clock) {

  /** Validates. */
  public EngineTraining {
    Objects.requireNonNull(store, "store is required");
    Objects.requireNonNull(snapshotDir, "snapshotDir is required");
    Arguments.requireNonBlank(master, "master");
    Arguments.requireNonBlank(base, "base");
    Objects.requireNonNull(options, "options is required");
    Objects.requireNonNull(clock, "clock is required");
  }
}
