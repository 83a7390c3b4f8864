package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.ModelManifest;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.ServingTrainer;
import dev.affectrec.serving.engine.EngineTraining;
import dev.affectrec.serving.engine.TrainingEngine;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.store.EventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec train [--engine single-node|spark] [--master URL]}: trains a model version on
 * the store and makes it current, the version {@code serve} and {@code recommend} then load. The
 * single-node engine is the serving trainer itself (texts without a reading are read first, as
 * {@code serve} does); the spark engine ({@link TrainingEngine} {@code spark}, loaded by {@link
 * SparkClasspath}) reads the events on Spark and fits every ALS on Spark.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a model version on the store and makes it current; serve and recommend load it.",
      "--engine spark reads the events on Spark (PostgreSQL in partitions, a SQLite store through"
          + " a Parquet snapshot in DATA_DIR/spark-snapshot) and trains spark-als there."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin EngineOptions engine;

  @Option(
      names = "--base",
      paramLabel = "ALGORITHM",
      description =
          "Collaborative-filtering algorithm under the hybrid (default: ease, or spark-als with"
              + " --engine spark, which takes spark-als[:factors=N:iterations=N:lambda=X:alpha=X]).")
  String base;

  @Option(
      names = "--check-users",
      paramLabel = "N",
      defaultValue = "300",
      description =
          "Users held out to measure the model (manifest metrics); 0 skips the check (default:"
              + " ${DEFAULT-VALUE}).")
  int checkUsers;

  @Override
  public Integer call() throws Exception {
    if (checkUsers < 0) {
      throw new InputException("--check-users must be at least 0 but was " + checkUsers);
    }
    PrintWriter err = spec.commandLine().getErr();
    ModelManifest m = engine.spark() ? SparkClasspath.call(this::spark) : singleNode();
    err.printf(
        Locale.ROOT,
        "model %s trained on %,d events in %,d ms (engine %s, base %s)%n",
        m.version(),
        m.events(),
        m.trainMillis(),
        m.engine(),
        m.base());
    err.flush();
    return ExitCodes.OK;
  }

  private ServingOptions options(String spec) {
    ServingOptions d = ServingOptions.DEFAULTS;
    return InputException.fromInput(
        () ->
            new ServingOptions(
                spec, d.seed(), checkUsers, Duration.ZERO, d.stateTtl(), d.weights(), 0));
  }

  private ModelManifest singleNode() throws IOException {
    try (EventStore events = store.openExisting();
        ReviewReadingListener reader = ReviewReadingListener.standalone(events);
        RecommendationService service =
            RecommenderOptions.service(
                events, store.dataDir(), options(base == null ? "ease" : base), reader)) {
      return service.retrain();
    } catch (IllegalArgumentException e) {
      throw noInteractions(e);
    }
  }

  private ModelManifest spark() throws IOException {
    String spec = base == null ? "spark-als" : base;
    if (!spec.startsWith("spark-")) {
      throw new InputException(
          "--engine spark trains spark-als or spark-als-explicit, not '" + spec + "'");
    }
    TrainingEngine spark = SparkClasspath.engine();
    try (EventStore events = store.openExisting()) {
      ModelDirectory models = RecommenderOptions.models(store.dataDir());
      ServingTrainer.Trained trained;
      try {
        trained =
            spark.train(
                new EngineTraining(
                    events,
                    store.db,
                    store.dataDir().resolve("spark-snapshot"),
                    engine.master,
                    spec,
                    options(ServingOptions.DEFAULTS.base()),
                    Clock.systemUTC()));
      } catch (IllegalArgumentException e) {
        throw noInteractions(e);
      }
      ModelManifest manifest =
          trained.manifest().withVersion(models.nextVersion(trained.manifest().trainedAt()));
      models.save(trained.model(), manifest);
      return manifest;
    }
  }

  private static InputException noInteractions(IllegalArgumentException e) {
    return new InputException(
        e.getMessage() + "; import events first (affectrec import or affectrec demo)");
  }
}
