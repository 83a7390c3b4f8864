package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tests on a real server process: kill -9 while events stream in, and at the same time while
 * a model trains or while the new model version is being written and swapped in. After each kill
 * the store holds every event acknowledged with a 200, and the restarted server serves a valid
 * model. Trials cycle through the three moments; {@code -Daffectrec.fault.trials=N} runs more
 * (default 3, one of each). Each trial prints its figures for docs/SECURITY.md.
 */
class KillDuringWorkTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TRIALS = Integer.getInteger("affectrec.fault.trials", 3);
  private static final List<String> MOMENTS = List.of("ingest", "training", "model swap");

  @TempDir Path dir;

  @Test
  void aKill9DuringIngestTrainingOrModelSwapLosesNoAcknowledgedEventAndAValidModelIsServed()
      throws Exception {
    Path data = dir.resolve("data");
    Path log = dir.resolve("server.log");
    Random random = new Random(16);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    long total = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      String moment = MOMENTS.get(trial % MOMENTS.size());
      String killedAt;
      try (ServerProcess server = ServerProcess.start(data, log)) {
        if (trial == 0) {
          post(server, batch("seed", 0, 2_000), acknowledged);
          assertThat(server.send("POST", "/v1/models/retrain", null).statusCode()).isEqualTo(202);
          awaitModel(server);
        }
        Ingest ingest = new Ingest(server, "t" + trial, acknowledged);
        ingest.start();
        killedAt = killDuring(moment, server, data.resolve("models"), random);
        ingest.join();
      }
      try (EventStore store = EventStores.open(StoreConfig.sqlite(data))) {
        Set<String> stored = storedIds(store);
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        total = acknowledged.size();
        System.out.printf(
            "kill -9 trial %d (%s): %s; acknowledged events so far %d, lost %d%n",
            trial, moment, killedAt, total, lost.size());
        assertThat(lost).as("acknowledged events missing after kill -9").isEmpty();
      }
      try (ServerProcess restarted = ServerProcess.start(data, log)) {
        String version = awaitModel(restarted);
        awaitRecommendations(restarted);
        Path models = data.resolve("models");
        assertThat(current(models)).as("CURRENT names the served model").isEqualTo(version);
        assertThat(models.resolve(version).resolve("model.bin")).isRegularFile();
        assertThat(models.resolve(version).resolve("manifest.json")).isRegularFile();
        restarted.stop();
      }
    }
    assertThat(total).isPositive();
  }

  /** Kills {@code server} at {@code moment} and says what was going on. */
  private static String killDuring(String moment, ServerProcess server, Path models, Random random)
      throws Exception {
    if (moment.equals("ingest")) {
      Thread.sleep(300 + random.nextInt(700));
      server.kill();
      return "while ingesting";
    }
    String before = current(models);
    assertThat(server.send("POST", "/v1/models/retrain", null).statusCode()).isEqualTo(202);
    if (moment.equals("training")) {
      Thread.sleep(random.nextInt(150));
      server.kill();
      return before.equals(current(models))
          ? "while training (no new version yet)"
          : "after the swap (training was faster than the kill)";
    }
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && !hasVersionOtherThan(models, before)) {
      Thread.onSpinWait();
    }
    server.kill();
    return before.equals(current(models))
        ? "while the new version was written, before CURRENT moved"
        : "just after CURRENT moved to the new version";
  }

  private static boolean hasVersionOtherThan(Path models, String version) throws IOException {
    try (Stream<Path> entries = Files.list(models)) {
      return entries.anyMatch(
          p -> p.getFileName().toString().startsWith("v") && !p.endsWith(version));
    }
  }

  private static String current(Path models) throws IOException {
    Path current = models.resolve("CURRENT");
    return Files.exists(current) ? Files.readString(current).strip() : "";
  }

  private static Set<String> storedIds(EventStore store) {
    Set<String> ids = new HashSet<>();
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEach(e -> ids.add(e.id()));
    }
    return ids;
  }

  /** Polls until a model is in service (the first one may still train) and returns its version. */
  private static String awaitModel(ServerProcess server) throws Exception {
    return JSON.readTree(pollPast503(server, "/v1/models/current").body()).path("version").asText();
  }

  /** Polls until a user of the shop gets recommendations. */
  private static void awaitRecommendations(ServerProcess server) throws Exception {
    HttpResponse<String> r = pollPast503(server, "/v1/users/u1/recommendations?k=5");
    assertThat(JSON.readTree(r.body()).path("items").size()).isPositive();
  }

  /** GETs {@code path} until it answers something other than 503, which must be a 200. */
  private static HttpResponse<String> pollPast503(ServerProcess server, String path)
      throws Exception {
    HttpResponse<String> r = null;
    for (int attempt = 0; attempt < 900; attempt++) {
      r = server.send("GET", path, null);
      if (r.statusCode() != 503) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }

  /** Posts {@code events}; when the answer is 200 their ids count as acknowledged. */
  private static boolean post(ServerProcess server, List<String> events, Set<String> acknowledged)
      throws IOException {
    HttpResponse<String> r =
        server.send("POST", "/v1/events", "[" + String.join(",", events) + "]");
    if (r.statusCode() != 200) {
      return false;
    }
    for (String event : events) {
      acknowledged.add(event.substring(7, event.indexOf('"', 7)));
    }
    return true;
  }

  /** Events {@code prefix-from} to {@code prefix-(from+count-1)} of 60 shoppers and 40 items. */
  private static List<String> batch(String prefix, int from, int count) {
    Instant start = Instant.parse("2026-10-01T10:00:00Z");
    return java.util.stream.IntStream.range(from, from + count)
        .mapToObj(
            i ->
                String.format(
                    "{\"id\":\"%s-%d\",\"user\":\"u%d\",\"item\":\"i%d\",\"type\":\"%s\","
                        + "\"time\":\"%s\"}",
                    prefix,
                    i,
                    i % 60,
                    (i * 7 + i / 60) % 40,
                    i % 3 == 0 ? "purchase" : "view",
                    start.plusSeconds(i)))
        .toList();
  }

  /** Posts batches of 200 events until the server stops answering. */
  private static final class Ingest extends Thread {
    private final ServerProcess server;
    private final String prefix;
    private final Set<String> acknowledged;
    private final AtomicBoolean failed = new AtomicBoolean();

    Ingest(ServerProcess server, String prefix, Set<String> acknowledged) {
      super("ingest-" + prefix);
      this.server = server;
      this.prefix = prefix;
      this.acknowledged = acknowledged;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        for (int from = 0; !failed.get(); from += 200) {
          post(server, batch(prefix, from, 200), acknowledged);
        }
      } catch (IOException e) {
        failed.set(true); // the server was killed
      }
    }
  }
}
