package dev.affectrec.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session of this JVM for a master URL. In local mode the driver binds to loopback
 * and has no UI; against a cluster the jars holding AffectRec's classes (this module's jar and the
 * CLI jar) are shipped to the executors with {@code spark.jars}, so {@code affectrec train --master
 * spark://...} needs no spark-submit. Thread-safe.
 */
public final class SparkSessions {

  private SparkSessions() {}

  /**
   * The session of this JVM on {@code master}: the running one when it runs there, else a new one
   * (a running session on another master is stopped first).
   */
  public static synchronized SparkSession start(String master, String appName) {
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession running = SparkSession.getDefaultSession().get();
      if (running.sparkContext().master().equals(master)) {
        return running;
      }
      running.stop();
    }
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(appName)
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2");
    if (master.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.default.parallelism", "2");
    } else {
      List<String> jars = jarsOf(SparkSessions.class, dev.affectrec.serving.ServingTrainer.class);
      if (!jars.isEmpty()) {
        builder.config("spark.jars", String.join(",", jars));
      }
    }
    SparkSession session = builder.getOrCreate();
    session.sparkContext().setLogLevel("WARN");
    return session;
  }

  /** The jar files the classes were loaded from (directories, as in tests, are left out). */
  private static List<String> jarsOf(Class<?>... classes) {
    List<String> jars = new ArrayList<>();
    for (Class<?> c : classes) {
      try {
        Path path = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(path) && !jars.contains(path.toString())) {
          jars.add(path.toString());
        }
      } catch (URISyntaxException | RuntimeException e) {
        // A class without a file location (a custom loader): nothing to ship for it.
      }
    }
    return jars;
  }
}
