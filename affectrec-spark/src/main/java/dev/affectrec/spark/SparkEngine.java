package dev.affectrec.spark;

import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.serving.ServingTrainer;
import dev.affectrec.serving.StoreTrainingData;
import dev.affectrec.serving.engine.EngineTraining;
import dev.affectrec.serving.engine.TrainingEngine;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark} training engine: reads the store's events on Spark (a partitioned JDBC read of
 * PostgreSQL, or the Parquet snapshot it writes of a SQLite store), turns them into {@link
 * StoreTrainingData} there ({@link SparkTrainingData}) and trains the served hybrid with the
 * single-node {@link ServingTrainer} over a {@code spark-als} base, whose every fit runs on Spark.
 * The manifest records {@code engine: spark}, the master and the Spark version. It also reads texts
 * without a reading on the executors ({@link SparkTextReadings}). Thread-safe.
 */
public final class SparkEngine implements TrainingEngine {
  /** The engine's name. */
  public static final String NAME = "spark";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ServingTrainer.Trained train(EngineTraining run) throws IOException {
    AlgorithmSpec spec = AlgorithmSpec.parse(run.base());
    if (!spec.name().startsWith("spark-")) {
      throw new IllegalArgumentException(
          "the spark engine trains spark-als or spark-als-explicit, not " + run.base());
    }
    return withOwnLoader(
        () -> {
          SparkSession spark = SparkSessions.start(run.master(), "affectrec-train");
          Dataset<Row> events = events(spark, run, EventColumns.TRAINING, "TRUE");
          StoreTrainingData data =
              SparkTrainingData.read(events, run.store(), run.options().weights());
          ServingTrainer.Trained trained =
              new ServingTrainer(run.options().withBase(run.base()), run.clock()).train(data);
          return new ServingTrainer.Trained(
              trained.model(),
              trained
                  .manifest()
                  .withEngine(
                      NAME, Map.of("master", run.master(), "sparkVersion", spark.version())));
        });
  }

  @Override
  public long readTexts(EngineTraining run) throws IOException {
    return withOwnLoader(
        () -> {
          SparkSession spark = SparkSessions.start(run.master(), "affectrec-read-texts");
          Dataset<Row> events =
              events(spark, run, SparkTextReadings.COLUMNS, SparkTextReadings.UNREAD_SQL);
          return SparkTextReadings.read(events, run.store());
        });
  }

  @Override
  public long writeSnapshot(EventStore store, Path dir, String master) throws IOException {
    return withOwnLoader(
        () -> ParquetSnapshot.write(SparkSessions.start(master, "affectrec-export"), store, dir));
  }

  /**
   * The columns {@code names} of the events of {@code run}'s store: read from PostgreSQL in
   * partitions (only those {@code where} selects), or from the Parquet snapshot written first.
   */
  private static Dataset<Row> events(
      SparkSession spark, EngineTraining run, String[] names, String where) throws SQLException {
    if (run.jdbcUrl() != null && run.jdbcUrl().startsWith("jdbc:postgresql:")) {
      return EventFrames.jdbc(
          spark, run.jdbcUrl(), spark.sparkContext().defaultParallelism(), names, where);
    }
    ParquetSnapshot.write(spark, run.store(), run.snapshotDir());
    return EventFrames.parquet(spark, run.snapshotDir(), names);
  }

  /** A step that reads the store. */
  private interface Step<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code step} with this module's class loader as the thread's context loader, through which
   * Spark and the algorithm registry find their classes.
   */
  private static <T> T withOwnLoader(Step<T> step) throws IOException {
    ClassLoader caller = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(SparkEngine.class.getClassLoader());
    try {
      return step.run();
    } catch (SQLException e) {
      throw new IOException("cannot read the store's events: " + e.getMessage(), e);
    } finally {
      Thread.currentThread().setContextClassLoader(caller);
    }
  }
}
