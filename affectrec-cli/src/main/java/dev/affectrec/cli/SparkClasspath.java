package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.serving.engine.TrainingEngine;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Spark for the commands that need it, and only for them: affectrec.jar holds no Spark class, so
 * ordinary commands start as fast as before. When a command needs Spark ({@code train --engine
 * spark}, {@code export --format parquet}, a {@code spark-*} algorithm) the jars of {@code
 * spark-lib} beside affectrec.jar (or in {@value #LIB_VARIABLE}) are loaded in a child class loader
 * and the command runs with it as the thread's context loader, through which Spark and {@link
 * java.util.ServiceLoader} find their classes. When Spark is on the class path already (tests,
 * spark-submit) that class path is used. Thread-safe.
 */
final class SparkClasspath {
  /** Environment variable naming a directory of Spark's jars, overriding {@code spark-lib}. */
  static final String LIB_VARIABLE = "AFFECTREC_SPARK_LIB";

  private static ClassLoader loader; // guarded by SparkClasspath.class

  private SparkClasspath() {}

  /** Whether a comma-separated list of algorithm specs names a Spark algorithm. */
  static boolean needed(String algorithms) {
    for (String spec : algorithms.split(",")) {
      if (spec.trim().startsWith("spark-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code spark} training engine of Spark's class loader.
   *
   * @throws InputException when the Spark jars hold none
   */
  static TrainingEngine engine() {
    return TrainingEngine.find("spark", loader())
        .orElseThrow(
            () ->
                new InputException(
                    "no spark engine among the Spark jars in " + libraryDirectory()));
  }

  /** Runs {@code work} with Spark's class loader as the thread's context loader. */
  static <T> T call(Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    thread.setContextClassLoader(loader());
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(caller);
    }
  }

  /**
   * The class loader that sees Spark: this class's own when Spark is on the class path, else one
   * over the jars of the Spark library directory.
   *
   * @throws InputException when neither has Spark
   */
  static synchronized ClassLoader loader() {
    if (loader == null) {
      ClassLoader own = SparkClasspath.class.getClassLoader();
      loader = onClassPath(own) ? own : new URLClassLoader("spark", jars(libraryDirectory()), own);
    }
    return loader;
  }

  private static boolean onClassPath(ClassLoader own) {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, own);
      Class.forName("dev.affectrec.spark.SparkEngine", false, own);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** {@value #LIB_VARIABLE}, else {@code spark-lib} beside the jar this class came from. */
  static Path libraryDirectory() {
    String configured = System.getenv(LIB_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    try {
      Path jar =
          Path.of(SparkClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.toAbsolutePath().getParent().resolve("spark-lib");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("spark-lib");
    }
  }

  private static URL[] jars(Path dir) {
    List<URL> urls = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          urls.add(jar.toUri().toURL());
        }
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new InputException("cannot list the Spark jars in " + dir + ": " + e.getMessage());
      }
    }
    if (urls.stream().noneMatch(u -> u.getPath().contains("affectrec-spark-"))) {
      throw new InputException(
          "this command needs Spark, and "
              + dir
              + " holds no Spark jars; build them with './mvnw package -pl affectrec-cli -am'"
              + " (it writes affectrec-cli/target/spark-lib beside affectrec.jar) or set "
              + LIB_VARIABLE
              + " to a directory holding them");
    }
    return urls.toArray(URL[]::new);
  }
}
