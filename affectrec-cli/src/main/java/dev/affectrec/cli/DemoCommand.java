package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.demo.DemoConfig;
import dev.affectrec.demo.DemoShop;
import dev.affectrec.demo.LiveShop;
import dev.affectrec.io.progress.ProgressBar;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.serving.access.Role;
import dev.affectrec.serving.reading.ReviewReadingListener;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.imports.ImportFormat;
import dev.affectrec.store.imports.ImportOptions;
import dev.affectrec.store.imports.ImportReport;
import dev.affectrec.store.imports.Importers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec demo}: fills the data directory with the simulated demo shop (or with real data
 * given by {@code --format} and {@code --input}), starts the server and prints its URL. Running it
 * again reuses what is there: the shop is deterministic and ingest is idempotent.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a demo shop (or loads real data), starts the server and prints the URL.",
      "With no options it simulates a bilingual shop whose users browse, buy, rate and review."
    })
final class DemoCommand implements Callable<Integer> {
  private static final int BATCH = 5_000;

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin ServerOptions server;

  @Mixin RecommenderOptions recommender;

  @Option(
      names = "--live-every",
      paramLabel = "DURATION",
      defaultValue = "2s",
      description =
          "While serving, one more simulated shopper session this often (0 turns the live shop"
              + " off; default: ${DEFAULT-VALUE}).")
  String liveEvery;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "Load real data of this format instead of the simulation (needs --input).")
  ImportFormat format;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "The file or folder to load with --format.")
  Path input;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the simulated shop (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--no-serve",
      description = "Fill the data directory and exit without starting the server.")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if ((format == null) != (input == null)) {
      throw new InputException("--format and --input go together");
    }
    PrintWriter out = spec.commandLine().getOut();
    Duration live = RecommenderOptions.duration(liveEvery, "--live-every");
    Files.createDirectories(store.dataDir());
    EventStore events = store.open();
    try {
      LiveShop shop = null;
      if (format != null) {
        loadRealData(events, out);
      } else {
        shop = loadSimulation(events, out);
      }
      StoreStats stats = events.stats();
      out.printf(
          "data: %s (%,d users, %,d items, %,d events)%n",
          store.dataDir().toAbsolutePath(), stats.users(), stats.items(), stats.events());
      String user = exampleUser(shop, events);
      if (noServe) {
        out.println("  try: affectrec recommend --data-dir " + store.dataDir() + " --user " + user);
        out.flush();
        events.close();
        return ExitCodes.OK;
      }
      out.flush();
      AffectRecServer running = ServeCommand.start(events, store, server, recommender);
      String key = running.keys().create(Role.ADMIN, "demo").key();
      out.println("AffectRec demo is running at " + running.baseUri());
      out.println("Admin API key for this run (shown once): " + key);
      out.println(
          "  dashboard: "
              + running.baseUri()
              + "/dashboard  (paste the key; try user "
              + user
              + ")");
      out.println(
          "  recommendations: curl -H 'Authorization: Bearer "
              + key
              + "' '"
              + running.baseUri()
              + "/v1/users/"
              + user
              + "/recommendations?k=5'");
      LiveShopDriver driver = null;
      if (shop != null && !live.isZero()) {
        driver =
            new LiveShopDriver(
                shop, running.ingest(), running.recommendations().orElse(null), seed);
        driver.start(live);
        out.printf(
            "  live shop: a simulated shopper session every %s (shoppers browse, buy, review,"
                + " change mood and click recommendations)%n",
            liveEvery);
      }
      out.println(
          "  try: curl -H 'Authorization: Bearer " + key + "' " + running.baseUri() + "/v1/stats");
      out.println(
          "  API: "
              + running.baseUri()
              + "/openapi.json   metrics: "
              + running.baseUri()
              + "/metrics");
      out.println("Press Ctrl-C to stop.");
      out.flush();
      ServeCommand.awaitShutdown(running, events, null);
      if (driver != null) {
        driver.close();
      }
      return ExitCodes.OK;
    } catch (RuntimeException | IOException e) {
      events.close();
      throw e;
    }
  }

  private void loadRealData(EventStore events, PrintWriter out) throws IOException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input + " (no such file or folder)");
    }
    ImportReport report;
    try (ProgressBar bar = ProgressBar.onConsole("loading " + input.getFileName())) {
      report = Importers.forFormat(format).run(input, events, ImportOptions.DEFAULTS, bar::update);
    }
    out.printf(
        "loaded %s: %,d rows, %,d new, %,d duplicates, %,d rejected%n",
        input, report.read(), report.imported(), report.duplicates(), report.rejected());
  }

  /**
   * A user to try: the simulated shop's first shopper, or for real data the user of the store's
   * earliest event (a user who exists in the data that was loaded).
   */
  static String exampleUser(LiveShop shop, EventStore events) {
    if (shop != null) {
      return shop.history().users().get(0).id();
    }
    AtomicReference<String> first = new AtomicReference<>();
    try (EventSnapshot snapshot = events.snapshot()) {
      snapshot.forEach(e -> first.compareAndSet(null, e.user()));
    }
    if (first.get() == null) {
      throw new InputException("the loaded data holds no event, so there is nothing to serve");
    }
    return first.get();
  }

  private LiveShop loadSimulation(EventStore events, PrintWriter out) {
    DemoConfig defaults = DemoConfig.DEFAULT;
    LiveShop live =
        LiveShop.open(
            new DemoConfig(
                seed,
                defaults.users(),
                defaults.itemsPerCategory(),
                defaults.days(),
                Instant.now()
                    .truncatedTo(ChronoUnit.DAYS)
                    .minus(defaults.days(), ChronoUnit.DAYS)));
    DemoShop shop = live.history();
    events.putUsers(shop.users());
    events.putItems(shop.items());
    long inserted = 0;
    List<Event> all = shop.events();
    for (int from = 0; from < all.size(); from += BATCH) {
      AppendResult result = events.append(all.subList(from, Math.min(all.size(), from + BATCH)));
      inserted += result.inserted();
    }
    out.printf(
        "demo shop (seed %d): %,d shoppers, %,d items, %,d events (%,d new)%n",
        seed, shop.users().size(), shop.items().size(), all.size(), inserted);
    if (inserted > 0) {
      out.println("reading the emotion of review and search texts ...");
      out.flush();
      ReviewReadingListener reader = ReviewReadingListener.standalone(events);
      try {
        out.printf("stored %,d text emotion readings%n", reader.readNow(all));
      } finally {
        reader.close();
      }
    }
    return live;
  }
}
