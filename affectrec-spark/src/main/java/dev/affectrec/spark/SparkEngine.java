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
 * The manifest records {@code engine: spark}, the master and the Spark version. Thread-safe.
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
    ClassLoader caller = Thread.currentThread().getContextClassLoader();
    // Spark and the algorithm registry find their classes through the context loader.
    Thread.currentThread().setContextClassLoader(SparkEngine.class.getClassLoader());
    try {
      SparkSession spark = SparkSessions.start(run.master(), "affectrec-train");
      Dataset<Row> events;
      if (run.jdbcUrl() != null && run.jdbcUrl().startsWith("jdbc:postgresql:")) {
        events = EventFrames.jdbc(spark, run.jdbcUrl(), spark.sparkContext().defaultParallelism());
      } else {
        ParquetSnapshot.write(spark, run.store(), run.snapshotDir());
        events = EventFrames.parquet(spark, run.snapshotDir());
      }
      StoreTrainingData data = SparkTrainingData.read(events, run.store(), run.options().weights());
      ServingTrainer.Trained trained =
          new ServingTrainer(run.options().withBase(run.base()), run.clock()).train(data);
      return new ServingTrainer.Trained(
          trained.model(),
          trained
              .manifest()
              .withEngine(NAME, Map.of("master", run.master(), "sparkVersion", spark.version())));
    } catch (SQLException e) {
      throw new IOException(
          "cannot read the events of " + redacted(run.jdbcUrl()) + ": " + e.getMessage(), e);
    } finally {
      Thread.currentThread().setContextClassLoader(caller);
    }
  }

  @Override
  public long writeSnapshot(EventStore store, Path dir, String master) {
    ClassLoader caller = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(SparkEngine.class.getClassLoader());
    try {
      return ParquetSnapshot.write(SparkSessions.start(master, "affectrec-export"), store, dir);
    } finally {
      Thread.currentThread().setContextClassLoader(caller);
    }
  }

  /** {@code url} without its query (which may hold a password). */
  private static String redacted(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
