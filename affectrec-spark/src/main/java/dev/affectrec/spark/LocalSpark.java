package dev.affectrec.spark;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of this JVM ({@code local[2]}, no UI, loopback only), started on
 * first use; the start time goes to stderr once (evaluation fit times exclude it). Thread-safe.
 */
public final class LocalSpark {
  private static SparkSession session;
  private static double startSeconds = Double.NaN;

  private LocalSpark() {}

  /** The session, starting it if needed. */
  public static synchronized SparkSession session() {
    if (session == null) {
      long t0 = System.nanoTime();
      session =
          SparkSession.builder()
              .appName("affectrec-spark-peer")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      startSeconds = (System.nanoTime() - t0) / 1e9;
      // The harness's fit times exclude the start, so say what it cost.
      System.err.printf(Locale.ROOT, "spark session start: %.2f s%n", startSeconds);
    }
    return session;
  }

  /** How long the session took to start, in seconds; NaN before it started. */
  public static synchronized double startSeconds() {
    return startSeconds;
  }
}
