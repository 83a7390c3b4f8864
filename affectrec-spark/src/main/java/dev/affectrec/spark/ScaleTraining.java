package dev.affectrec.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.affectrec.api.Arguments;
import dev.affectrec.eval.data.IndexedTsv;
import dev.affectrec.recommend.als.AlsConfig;
import dev.affectrec.recommend.als.AlsTrainer;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One measured ALS training for {@code scripts/scale-table.sh}: reads a file of {@code affectrec
 * generate} and trains implicit ALS on it with one engine, the same settings for every engine, and
 * prints one JSON line with the sizes, the seconds of reading and of fitting (timed apart), and the
 * JVM's heap peak. Engines:
 *
 * <ul>
 *   <li>{@code single-node}: {@link IndexedTsv} into an {@link InteractionMatrix}, then our {@link
 *       AlsTrainer} (conjugate gradient, {@code threads} threads), ALS-WR regularisation as
 *       Spark's;
 *   <li>{@code spark}: Spark reads the file on its executors (cached and counted: that is the
 *       read), then MLlib ALS fits it and the factors are collected to arrays, as {@link
 *       SparkAlsTrainer} does: the way a cluster trains;
 *   <li>{@code spark-driver}: {@link SparkAlsTrainer} on the matrix read as for single-node, which
 *       ships the matrix from the driver as rows: the path {@code train --engine spark} takes
 *       today.
 * </ul>
 *
 * <p>Usage: {@code ScaleTraining ENGINE FILE [FACTORS ITERATIONS LAMBDA ALPHA THREADS MASTER]},
 * defaults 32, 10, 0.1, 1, 2, {@code local[2]}. A tool: not thread-safe, one run per JVM.
 */
public final class ScaleTraining {

  /**
   * What is trained.
   *
   * @param engine single-node, spark or spark-driver
   * @param file the generated interactions
   * @param factors rank, at least 1
   * @param iterations sweeps, at least 1
   * @param lambda regularisation per interaction (Spark's regParam; ours weighted with exponent 1)
   * @param alpha confidence slope, at least 0
   * @param threads our trainer's threads, at least 1
   * @param master Spark master URL
   */
  public record Settings(
      String engine,
      Path file,
      int factors,
      int iterations,
      double lambda,
      double alpha,
      int threads,
      String master) {

    /** Validates every field. */
    public Settings {
      if (!engine.equals("single-node")
          && !engine.equals("spark")
          && !engine.equals("spark-driver")) {
        throw new IllegalArgumentException(
            "engine must be single-node, spark or spark-driver but was " + engine);
      }
      Arguments.requireAtLeast(factors, 1, "factors");
      Arguments.requireAtLeast(iterations, 1, "iterations");
      Arguments.requireInRange(lambda, 0, Double.MAX_VALUE, "lambda");
      Arguments.requireInRange(alpha, 0, Double.MAX_VALUE, "alpha");
      Arguments.requireAtLeast(threads, 1, "threads");
      Arguments.requireNonBlank(master, "master");
    }

    /** Our trainer's configuration: ALS-WR ({@code lambda * n}), binary, 3 CG steps. */
    AlsConfig ours() {
      return new AlsConfig(factors, iterations, lambda, alpha, true, 3, threads, 42, true, 1.0);
    }

    /** Spark's: implicit, binary, the same rank, iterations, regParam and alpha. */
    SparkAlsConfig spark() {
      return new SparkAlsConfig(true, factors, iterations, lambda, alpha, true, 42);
    }
  }

  private ScaleTraining() {}

  /** Runs one training and prints its JSON line. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: ScaleTraining single-node|spark|spark-driver FILE"
              + " [FACTORS ITERATIONS LAMBDA ALPHA THREADS MASTER]");
      System.exit(2);
    }
    Settings settings =
        new Settings(
            args[0],
            Path.of(args[1]),
            args.length > 2 ? Integer.parseInt(args[2]) : 32,
            args.length > 3 ? Integer.parseInt(args[3]) : 10,
            args.length > 4 ? Double.parseDouble(args[4]) : 0.1,
            args.length > 5 ? Double.parseDouble(args[5]) : 1,
            args.length > 6 ? Integer.parseInt(args[6]) : 2,
            args.length > 7 ? args[7] : "local[2]");
    Map<String, Object> result = run(settings);
    System.out.println(json(result));
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
  }

  /** Trains as {@code settings} say and returns what was measured, in print order. */
  public static Map<String, Object> run(Settings settings) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("engine", settings.engine());
    out.put("factors", settings.factors());
    out.put("iterations", settings.iterations());
    if (settings.engine().equals("spark")) {
      trainOnSpark(settings, out);
    } else {
      long t0 = System.nanoTime();
      InteractionMatrix data = IndexedTsv.read(settings.file());
      out.put("readSeconds", seconds(t0));
      out.put("interactions", data.nonZeros());
      out.put("users", data.userCount());
      out.put("items", data.itemCount());
      if (settings.engine().equals("single-node")) {
        long t1 = System.nanoTime();
        new AlsTrainer(settings.ours()).train(data);
        out.put("fitSeconds", seconds(t1));
      } else {
        long s0 = System.nanoTime();
        SparkSessions.start(settings.master(), "affectrec-scale");
        out.put("sessionSeconds", seconds(s0));
        long t1 = System.nanoTime();
        new SparkAlsTrainer(settings.spark()).train(data);
        out.put("fitSeconds", seconds(t1));
      }
    }
    out.put("heapPeakMb", heapPeakMb());
    return out;
  }

  private static void trainOnSpark(Settings settings, Map<String, Object> out) {
    long s0 = System.nanoTime();
    SparkSession spark = SparkSessions.start(settings.master(), "affectrec-scale");
    out.put("sessionSeconds", seconds(s0));
    long t0 = System.nanoTime();
    Dataset<Row> ratings =
        spark
            .read()
            .schema("user INT, item INT, stars FLOAT, time LONG")
            .option("sep", "\t")
            .csv(settings.file().toAbsolutePath().toString())
            .select(col("user"), col("item"), lit(1f).as("rating"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long rows = ratings.count();
    out.put("readSeconds", seconds(t0));
    out.put("interactions", rows);
    long t1 = System.nanoTime();
    int blocks = Math.max(2, spark.sparkContext().defaultParallelism());
    ALSModel model = SparkAlsTrainer.estimator(settings.spark(), blocks).fit(ratings);
    int users = maxId(model.userFactors()) + 1;
    int items = maxId(model.itemFactors()) + 1;
    SparkAlsTrainer.copyFactors(model.userFactors(), users, settings.factors());
    SparkAlsTrainer.copyFactors(model.itemFactors(), items, settings.factors());
    out.put("fitSeconds", seconds(t1));
    out.put("users", users);
    out.put("items", items);
    ratings.unpersist();
  }

  private static int maxId(Dataset<Row> factors) {
    return factors.agg(org.apache.spark.sql.functions.max(col("id"))).first().getInt(0);
  }

  /** The sum of the heap pools' peak usage since the JVM started, in MiB (an upper bound). */
  private static long heapPeakMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
  }

  private static String json(Map<String, Object> values) {
    StringBuilder s = new StringBuilder("{");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (s.length() > 1) {
        s.append(',');
      }
      s.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      s.append(v instanceof Number ? v.toString() : "\"" + v + "\"");
    }
    return s.append('}').toString();
  }
}
