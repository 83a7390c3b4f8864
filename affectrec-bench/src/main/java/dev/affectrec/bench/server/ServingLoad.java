package dev.affectrec.bench.server;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.bench.store.BenchmarkInputs;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.ModelManifest;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.Role;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.imports.ImportFormat;
import dev.affectrec.store.imports.ImportOptions;
import dev.affectrec.store.imports.ImportProgress;
import dev.affectrec.store.imports.Importers;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load test of the running service with MovieLens 100K loaded: recommendations at a fixed request
 * rate (open loop: each request has a scheduled start, and its latency counts from that time, so a
 * stalled server cannot hide queueing), alone and together with durable ingest at a fixed event
 * rate. Server and load generator share this JVM and its cores, over loopback HTTP. The baseline in
 * the same run is the same recommendation computed in-process, without HTTP.
 *
 * <p>Usage: {@code java -cp affectrec-bench/target/benchmarks.jar
 * dev.affectrec.bench.server.ServingLoad [recsPerSecond] [eventsPerSecond] [seconds]} (defaults
 * 1000 5000 20), with {@code -Daffectrec.shared.dir=../shared}.
 */
public final class ServingLoad {
  private static final int K = 10;
  private static final int INGEST_BATCH = 100;

  /**
   * Most requests in flight at once (a browser-like connection pool); a request due while all are
   * busy waits for one, and that wait counts in its latency.
   */
  private static final int MAX_IN_FLIGHT = 64;

  private ServingLoad() {}

  /** Runs the phases and prints one line each. */
  public static void main(String[] args) throws Exception {
    int recsPerSecond = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int eventsPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path dir = Files.createTempDirectory("affectrec-serving-load");
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")))) {
      Importers.forFormat(ImportFormat.MOVIELENS)
          .run(BenchmarkInputs.movieLens(), store, ImportOptions.DEFAULTS, ImportProgress.NONE);
      SecurityConfig security = new SecurityConfig(null, null, 1_000_000, 1_000_000);
      try (AffectRecServer server =
          AffectRecServer.start(
              ServerConfig.loopback(0),
              security,
              store,
              new ModelDirectory(dir.resolve("models")),
              ServingOptions.DEFAULTS.withRetrainInterval(Duration.ZERO))) {
        RecommendationService service = server.recommendations().orElseThrow();
        ModelManifest model = service.retrainAsync().get();
        System.out.printf(
            Locale.ROOT,
            "model %s: %,d events, %,d users, %,d items, trained in %,d ms%n",
            model.version(),
            model.events(),
            model.users(),
            model.items(),
            model.trainMillis());
        List<String> users = new ArrayList<>();
        for (int u = 1; u <= model.users(); u++) {
          users.add(Integer.toString(u));
        }
        String readKey = server.keys().create(Role.READ, "load: recommendations").key();
        String ingestKey = server.keys().create(Role.INGEST, "load: ingest").key();
        inProcessBaseline(service, users);
        if (recsPerSecond == 0) {
          return;
        }
        HttpClient client =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4))
                .build();
        URI base = server.baseUri();
        // Warm-up: JIT, connections, caches.
        recommendations(client, base, readKey, users, recsPerSecond, 5, "warm-up", null);
        recommendations(
            client, base, readKey, users, recsPerSecond, seconds, "recommendations alone", null);
        IngestRun ingest =
            new IngestRun(client, base, ingestKey, model.users(), eventsPerSecond, seconds);
        recommendations(
            client,
            base,
            readKey,
            users,
            recsPerSecond,
            seconds,
            "recommendations + ingest " + eventsPerSecond + " ev/s",
            ingest);
        System.out.printf(
            Locale.ROOT,
            "store now holds %,d events (%,d before the ingest phase)%n",
            store.stats().events(),
            model.events());
      }
    }
  }

  private static void inProcessBaseline(RecommendationService service, List<String> users) {
    long[] latencies = new long[20_000];
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < latencies.length; i++) {
      String user = users.get(random.nextInt(users.size()));
      long t0 = System.nanoTime();
      service.recommend(user, K, null, EventContext.EMPTY);
      latencies[i] = System.nanoTime() - t0;
    }
    long[] measured = Arrays.copyOfRange(latencies, 5_000, latencies.length);
    System.out.println("in-process service.recommend (baseline)       " + percentiles(measured));
  }

  /** Ingest at a fixed event rate on its own thread, batches of {@value #INGEST_BATCH}. */
  private static final class IngestRun {
    final HttpClient client;
    final URI uri;
    final String key;
    final int users;
    final int eventsPerSecond;
    final int seconds;
    final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicLong accepted = new AtomicLong();
    final AtomicInteger failures = new AtomicInteger();

    IngestRun(
        HttpClient client, URI base, String key, int users, int eventsPerSecond, int seconds) {
      this.client = client;
      this.uri = base.resolve("/v1/events");
      this.key = key;
      this.users = users;
      this.eventsPerSecond = eventsPerSecond;
      this.seconds = seconds;
    }

    CompletableFuture<Void> start() {
      int batches = eventsPerSecond * seconds / INGEST_BATCH;
      long intervalNanos = 1_000_000_000L * INGEST_BATCH / eventsPerSecond;
      SplittableRandom random = new SplittableRandom(2);
      List<CompletableFuture<?>> sent = new ArrayList<>();
      long start = System.nanoTime();
      ExecutorService pacer = Executors.newSingleThreadExecutor();
      return CompletableFuture.runAsync(
              () -> {
                for (int b = 0; b < batches; b++) {
                  long due = start + b * intervalNanos;
                  sleepUntil(due);
                  List<Event> batch = new ArrayList<>(INGEST_BATCH);
                  Instant now = Instant.now();
                  for (int i = 0; i < INGEST_BATCH; i++) {
                    batch.add(
                        new Event(
                            "load-" + b + "-" + i,
                            Integer.toString(1 + random.nextInt(users)),
                            Integer.toString(1 + random.nextInt(1682)),
                            random.nextInt(4) == 0 ? EventType.PURCHASE : EventType.VIEW,
                            now,
                            null,
                            null,
                            EventContext.EMPTY));
                  }
                  HttpRequest request =
                      HttpRequest.newBuilder(uri)
                          .header("Content-Type", "application/json")
                          .header("Authorization", "Bearer " + key)
                          .POST(HttpRequest.BodyPublishers.ofString(IngestLoad.json(batch)))
                          .build();
                  sent.add(
                      client
                          .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                          .handle(
                              (response, error) -> {
                                latencies.add(System.nanoTime() - due);
                                if (error == null && response.statusCode() == 200) {
                                  accepted.addAndGet(INGEST_BATCH);
                                } else {
                                  failures.incrementAndGet();
                                }
                                return null;
                              }));
                }
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
                double took = (System.nanoTime() - start) / 1e9;
                long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
                System.out.printf(
                    Locale.ROOT,
                    "  ingest: %,d events accepted in %.1f s = %,.0f events/s, %d failed batches;"
                        + " batch %s%n",
                    accepted.get(),
                    took,
                    accepted.get() / took,
                    failures.get(),
                    percentiles(l));
              },
              pacer)
          .whenComplete((v, e) -> pacer.shutdown());
    }
  }

  private static void recommendations(
      HttpClient client,
      URI base,
      String key,
      List<String> users,
      int perSecond,
      int seconds,
      String label,
      IngestRun ingest)
      throws Exception {
    CompletableFuture<Void> ingesting = ingest == null ? null : ingest.start();
    int total = perSecond * seconds;
    long intervalNanos = 1_000_000_000L / perSecond;
    long[] latencies = new long[total];
    AtomicInteger failures = new AtomicInteger();
    List<CompletableFuture<?>> sent = new ArrayList<>(total);
    SplittableRandom random = new SplittableRandom(3);
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      sleepUntil(due);
      inFlight.acquireUninterruptibly();
      String user = users.get(random.nextInt(users.size()));
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/v1/users/" + user + "/recommendations?k=" + K))
              .header("Authorization", "Bearer " + key)
              .GET()
              .build();
      int index = i;
      sent.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .handle(
                  (response, error) -> {
                    latencies[index] = System.nanoTime() - due;
                    inFlight.release();
                    if (error != null || response.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    double took = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-45s %,d requests in %.1f s = %,.0f req/s, %d failed; %s%n",
        label,
        total,
        took,
        total / took,
        failures.get(),
        percentiles(latencies));
    if (ingesting != null) {
      ingesting.get(120, TimeUnit.SECONDS);
    }
  }

  private static void sleepUntil(long due) {
    long wait;
    while ((wait = due - System.nanoTime()) > 0) {
      if (wait > 200_000) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      } else {
        Thread.onSpinWait();
      }
    }
  }

  private static String percentiles(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(
        Locale.ROOT,
        "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms",
        at(s, 0.50) / 1e6,
        at(s, 0.90) / 1e6,
        at(s, 0.99) / 1e6,
        s[s.length - 1] / 1e6);
  }

  private static long at(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
  }
}
