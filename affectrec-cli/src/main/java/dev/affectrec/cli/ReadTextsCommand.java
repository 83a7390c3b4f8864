package dev.affectrec.cli;

import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.engine.EngineTraining;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.store.EventStore;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec read-texts [--engine single-node|spark] [--master URL]}: computes and stores the
 * text readings of the review and search events that have none (users who refused text consent left
 * out), here as {@code serve} does, or on Spark's executors for a large backlog.
 */
@Command(
    name = "read-texts",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the review and search texts of the store that have no emotion reading yet and stores"
          + " the readings; --engine spark reads them on Spark's executors (one text model per"
          + " executor)."
    })
final class ReadTextsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    long stored = engine.spark() ? SparkClasspath.call(this::spark) : singleNode();
    spec.commandLine()
        .getErr()
        .printf(Locale.ROOT, "stored %,d text readings (engine %s)%n", stored, engine.engine);
    return ExitCodes.OK;
  }

  private long singleNode() {
    try (EventStore events = store.openExisting();
        ReviewReadingListener reader = ReviewReadingListener.standalone(events)) {
      return reader.catchUp();
    }
  }

  private long spark() throws Exception {
    try (EventStore events = store.openExisting()) {
      return SparkClasspath.engine()
          .readTexts(
              new EngineTraining(
                  events,
                  store.db,
                  store.dataDir().resolve("spark-snapshot"),
                  engine.master,
                  "spark-als",
                  ServingOptions.DEFAULTS,
                  Clock.systemUTC()));
    }
  }
}
