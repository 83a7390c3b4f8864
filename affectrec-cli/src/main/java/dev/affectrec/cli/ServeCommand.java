package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.kafka.KafkaIngest;
import dev.affectrec.kafka.KafkaTarget;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.store.EventStore;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code affectrec serve --port N}: runs the REST service until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the REST service until interrupted (Ctrl-C).",
      "With --kafka it also stores the events of a Kafka topic (the JSON of POST /v1/events, one"
          + " event or an array per message), committing offsets only once they are stored."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin ServerOptions server;

  @Mixin RecommenderOptions recommender;

  @Mixin KafkaOption kafka;

  @Option(
      names = "--kafka-group",
      paramLabel = "GROUP",
      defaultValue = KafkaIngest.DEFAULT_GROUP,
      description =
          "Kafka consumer group; a new group starts from the earliest offset (default:"
              + " ${DEFAULT-VALUE}).")
  String kafkaGroup;

  @Override
  public Integer call() throws InterruptedException {
    KafkaTarget target = kafka.target();
    EventStore events = store.open();
    AffectRecServer running = start(events, store, server, recommender);
    KafkaIngest consumer = null;
    if (target != null) {
      consumer =
          KafkaIngest.start(
              target, kafkaGroup, running.ingest(), UserIds.of(security()), running.meters());
      spec.commandLine()
          .getOut()
          .println("consuming events from Kafka " + target + " as group " + kafkaGroup);
    }
    if (events.access().keys().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "no API keys yet: create one with 'affectrec keys create --role admin' or set"
                  + " AFFECTREC_BOOTSTRAP_ADMIN_KEY");
    }
    spec.commandLine()
        .getOut()
        .println(
            "AffectRec is serving at "
                + running.baseUri()
                + " (data: "
                + store.dataDir().toAbsolutePath()
                + ")");
    spec.commandLine().getOut().flush();
    awaitShutdown(running, events, consumer);
    return ExitCodes.OK;
  }

  /**
   * Starts the server on {@code events} with the security of the environment, the models under the
   * data directory and the options of the three mixins; shared by {@code serve} and {@code demo}.
   */
  static AffectRecServer start(
      EventStore events, StoreOptions store, ServerOptions server, RecommenderOptions recommender) {
    return AffectRecServer.start(
        server.config(),
        security(),
        events,
        RecommenderOptions.models(store.dataDir()),
        recommender.options());
  }

  /**
   * The access settings of the environment ({@code AFFECTREC_BOOTSTRAP_ADMIN_KEY}, {@code
   * AFFECTREC_PSEUDONYM_SECRET}); a bad value is an input error.
   */
  static SecurityConfig security() {
    return InputException.fromInput(SecurityConfig::fromEnvironment);
  }

  /**
   * Blocks until the JVM shuts down, then stops the Kafka consumer (when not null), the server and
   * the store, in that order.
   */
  static void awaitShutdown(AffectRecServer running, EventStore events, KafkaIngest consumer)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (consumer != null) {
                    consumer.close();
                  }
                  running.close();
                  events.close();
                  stopped.countDown();
                },
                "affectrec-shutdown"));
    stopped.await();
  }
}
