package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code affectrec serve --port N}: runs the REST service until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs the REST service until interrupted (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin ServerOptions server;

  @Mixin RecommenderOptions recommender;

  @Override
  public Integer call() throws InterruptedException {
    EventStore events = store.open();
    AffectRecServer running = start(events, store, server, recommender);
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
    awaitShutdown(running, events);
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

  /** Blocks until the JVM shuts down, then stops the server and closes the store. */
  static void awaitShutdown(AffectRecServer running, EventStore events)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  events.close();
                  stopped.countDown();
                },
                "affectrec-shutdown"));
    stopped.await();
  }
}
