package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import dev.affectrec.testkit.Prerequisite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --kafka} then {@code serve --kafka} in a child JVM killed with kill -9 in the
 * middle of consuming: after a restart the store holds exactly the published events, and publishing
 * the file a second time adds nothing. Runs the issue's {@value #DEFAULT_EVENTS} events
 * (docs/BENCHMARKS.md; the fixed costs of JVM starts, group join and session timeout dominate, not
 * the count); {@code -Daffectrec.kafka.crash.events=N} runs another size. Needs a broker at {@code
 * AFFECTREC_TEST_KAFKA} (scripts/kafka-dev.sh).
 */
class KafkaIngestCrashTest {
  static final int DEFAULT_EVENTS = 100_000;
  private static final String GROUP = "crash-test-" + UUID.randomUUID();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INSERTED =
      Pattern.compile("(?m)^affectrec_events_inserted_total(?:\\{[^}]*})? (\\S+)$");

  @TempDir Path dir;

  @Test
  void aKill9InTheMiddleLosesNothingAndAddsNothing() throws Exception {
    String bootstrap = System.getenv("AFFECTREC_TEST_KAFKA");
    Prerequisite.require(
        bootstrap != null && !bootstrap.isBlank(),
        "AFFECTREC_TEST_KAFKA (host:port of a Kafka broker; scripts/kafka-dev.sh start)");
    int count = Integer.getInteger("affectrec.kafka.crash.events", DEFAULT_EVENTS);
    String kafka = bootstrap + "/crash-" + UUID.randomUUID();
    Path file = eventsFile(count);
    Path data = dir.resolve("data");
    Path log = dir.resolve("serve.log");
    List<String> serve = List.of("--kafka", kafka, "--kafka-group", GROUP);

    long published = System.nanoTime();
    CliRun first = CliRun.of("import", "--format", "events", file.toString(), "--kafka", kafka);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(String.format(Locale.ROOT, "published to Kafka %s %,d", kafka, count));
    double publishSeconds = (System.nanoTime() - published) / 1e9;

    long consumed = System.nanoTime();
    double insertedBeforeKill;
    try (ServerProcess server = ServerProcess.start(data, log, serve)) {
      insertedBeforeKill = awaitInserted(server, count / 4.0);
      server.kill();
    }
    assertThat(insertedBeforeKill).as("killed in the middle").isLessThan(count);
    CliRun again = CliRun.of("import", "--format", "events", file.toString(), "--kafka", kafka);
    assertThat(again.exitCode()).as(again.err()).isZero();
    try (ServerProcess restarted = ServerProcess.start(data, log, serve)) {
      awaitCommitted(bootstrap, GROUP, 2L * count);
      double consumeSeconds = (System.nanoTime() - consumed) / 1e9;
      assertThat(
              JSON.readTree(restarted.send("GET", "/v1/stats", null).body())
                  .path("events")
                  .asLong())
          .isEqualTo(count);
      System.out.printf(
          Locale.ROOT,
          "kafka crash test: %,d events published in %.1f s; both publications stored through a"
              + " kill -9 after %,.0f in %.1f s, two JVM starts included%n",
          count,
          publishSeconds,
          insertedBeforeKill,
          consumeSeconds);
      restarted.stop();
    }
    try (EventStore store = EventStores.open(StoreConfig.of(data, null))) {
      assertThat(store.stats().events()).isEqualTo(count);
    }
  }

  private Path eventsFile(int count) throws IOException {
    Path file = dir.resolve("events.jsonl");
    Instant start = Instant.parse("2024-05-01T00:00:00Z");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(
            String.format(
                Locale.ROOT,
                "{\"id\":\"k%d\",\"user\":\"u%d\",\"item\":\"i%d\",\"type\":\"rate\","
                    + "\"time\":\"%s\",\"value\":%d}%n",
                i,
                i % 997,
                i % 1499,
                start.plusSeconds(i),
                1 + i % 5));
      }
    }
    return file;
  }

  private static double awaitInserted(ServerProcess server, double atLeast) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = INSERTED.matcher(server.send("GET", "/metrics", null).body());
      if (m.find() && Double.parseDouble(m.group(1)) >= atLeast) {
        return Double.parseDouble(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("fewer than " + atLeast + " events stored within 3 minutes");
  }

  /** Waits until {@code group} committed {@code total} offsets over all partitions. */
  private static void awaitCommitted(String bootstrap, String group, long total) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    long committed = -1;
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      while (System.nanoTime() < deadline) {
        committed =
            admin
                .listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get()
                .values()
                .stream()
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
        if (committed >= total) {
          assertThat(committed).isEqualTo(total);
          return;
        }
        Thread.sleep(200);
      }
    }
    throw new AssertionError(
        "only " + committed + " of " + total + " offsets committed in 5 minutes");
  }
}
