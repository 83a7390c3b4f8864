package dev.affectrec.bench.server;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.serving.access.Role;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures REST ingest throughput with durable writes: a fresh SQLite store behind a real server on
 * a loopback port, fed batches of events over HTTP by {@code clients} concurrent clients. The
 * baseline in the same run is the same batches appended directly to a second fresh store, so the
 * cost of HTTP and JSON is visible as a ratio.
 *
 * <p>Usage: {@code java -cp affectrec-bench/target/benchmarks.jar
 * dev.affectrec.bench.server.IngestLoad [events] [batch] [clients]} (defaults 200000 500 4). The
 * run is bounded by the event count.
 */
public final class IngestLoad {
  private IngestLoad() {}

  /** Runs the measurement and prints one line per configuration. */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    List<List<Event>> batches = batches(events, batch);
    List<String> bodies = batches.stream().map(IngestLoad::json).toList();

    Path baselineDir = Files.createTempDirectory("affectrec-ingest-baseline");
    try (EventStore store = EventStores.open(StoreConfig.sqlite(baselineDir))) {
      long start = System.nanoTime();
      for (List<Event> b : batches) {
        store.append(b);
      }
      report("direct store.append (baseline)", events, System.nanoTime() - start, null);
    }

    Path serverDir = Files.createTempDirectory("affectrec-ingest-http");
    try (EventStore store = EventStores.open(StoreConfig.sqlite(serverDir));
        AffectRecServer server = AffectRecServer.start(ServerConfig.loopback(0), store)) {
      long[] latencies = new long[bodies.size()];
      long start = System.nanoTime();
      String key = server.keys().create(Role.INGEST, "load generator").key();
      post(server.baseUri().resolve("/v1/events"), key, bodies, clients, latencies);
      report(
          "REST POST /v1/events, " + clients + " clients",
          events,
          System.nanoTime() - start,
          latencies);
      if (store.stats().events() != events) {
        throw new IllegalStateException(
            "expected " + events + " stored events but found " + store.stats().events());
      }
    }
  }

  private static void post(URI uri, String key, List<String> bodies, int clients, long[] latencies)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < bodies.size()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = send(client, uri, key, bodies.get(i));
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException(
                          "HTTP " + response.statusCode() + ": " + response.body());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static HttpResponse<String> send(HttpClient client, URI uri, String key, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void report(String label, int events, long nanos, long[] latencies) {
    double seconds = nanos / 1e9;
    String line =
        String.format(
            Locale.ROOT,
            "%-40s %,10d events in %6.2f s = %,9.0f events/s",
            label,
            events,
            seconds,
            events / seconds);
    if (latencies != null) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      line +=
          String.format(
              Locale.ROOT,
              "; batch latency p50 %.1f ms, p99 %.1f ms",
              sorted[sorted.length / 2] / 1e6,
              sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    }
    System.out.println(line);
  }

  private static List<List<Event>> batches(int events, int batch) {
    EventType[] types = {
      EventType.VIEW, EventType.CLICK, EventType.ADD_TO_CART, EventType.PURCHASE
    };
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    EventContext context = new EventContext("mobile", "app", null, "en-US", null);
    List<List<Event>> out = new ArrayList<>();
    List<Event> current = new ArrayList<>(batch);
    for (int i = 0; i < events; i++) {
      current.add(
          new Event(
              "load-" + i,
              "user-" + (i % 5_000),
              "item-" + (i * 7 % 20_000),
              types[i % types.length],
              base.plusSeconds(i),
              null,
              null,
              context));
      if (current.size() == batch) {
        out.add(current);
        current = new ArrayList<>(batch);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  static String json(List<Event> batch) {
    StringBuilder out = new StringBuilder(batch.size() * 160).append('[');
    for (int i = 0; i < batch.size(); i++) {
      Event e = batch.get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"id\":\"")
          .append(e.id())
          .append("\",\"user\":\"")
          .append(e.user())
          .append("\",\"item\":\"")
          .append(e.item())
          .append("\",\"type\":\"")
          .append(e.type().wireName())
          .append("\",\"time\":\"")
          .append(e.time())
          .append(
              "\",\"context\":{\"device\":\"mobile\",\"channel\":\"app\",\"locale\":\"en-US\"}}");
    }
    return out.append(']').toString();
  }
}
