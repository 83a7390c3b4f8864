package dev.affectrec.spark;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session the ALS trainer uses: the session already running in this JVM (one that {@code
 * affectrec train --engine spark --master URL} started), else a local one ({@code local[2]}, no UI,
 * loopback only), started on first use; the start time goes to stderr once (evaluation fit times
 * exclude it). Thread-safe.
 */
public final class LocalSpark {
  private static SparkSession session;
  private static double startSeconds = Double.NaN;

  private LocalSpark() {}

  /** The session, starting it if needed. */
  public static synchronized SparkSession session() {
    if (session == null || session.sparkContext().isStopped()) {
      long t0 = System.nanoTime();
      boolean running = SparkSession.getDefaultSession().isDefined();
      String master =
          running ? SparkSession.getDefaultSession().get().sparkContext().master() : "local[2]";
      session = SparkSessions.start(master, "affectrec-spark-peer");
      startSeconds = (System.nanoTime() - t0) / 1e9;
      if (!running) {
        // The harness's fit times exclude the start, so say what it cost.
        System.err.printf(Locale.ROOT, "spark session start: %.2f s%n", startSeconds);
      }
    }
    return session;
  }

  /** How long the session took to start, in seconds; NaN before it started. */
  public static synchronized double startSeconds() {
    return startSeconds;
  }
}
