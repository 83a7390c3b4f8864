package dev.affectrec.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.serving.ingest.IngestService;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer against a real broker and a real SQLite store. */
class KafkaIngestTest {
  private static final int EVENTS = 1_000;

  @TempDir Path dir;

  @Test
  void storesEveryEventOnceAndDeadLettersPoisonWithItsReason() throws Exception {
    KafkaTarget target = TestBroker.freshTarget();
    List<Event> events = events(EVENTS);
    try (KafkaEventPublisher publisher = new KafkaEventPublisher(target)) {
      publisher.append(events);
      publisher.append(events.subList(0, 100)); // published twice: must add nothing
      assertThat(publisher.published()).isEqualTo(EVENTS + 100);
    }
    List<String> poison =
        List.of(
            "{not json",
            "{\"id\":\"p1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}",
            "[]");
    publishRaw(target, poison);

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (EventStore store = EventStores.open(StoreConfig.of(dir, null));
        KafkaIngest running =
            KafkaIngest.start(
                target,
                "group-" + UUID.randomUUID(),
                new IngestService(store, registry),
                UserIds.plain(),
                registry)) {
      assertThat(running.target()).isEqualTo(target);
      await(() -> store.stats().events() == EVENTS && deadLetters(registry) == poison.size());
      await(() -> registry.get("affectrec.kafka.consumer.lag").gauge().value() == 0);
      assertThat(store.stats().events()).isEqualTo(EVENTS);
      assertThat(
              registry.get("affectrec.kafka.messages").tag("outcome", "stored").counter().count())
          .isEqualTo(EVENTS + 100);
      assertThat(registry.get("affectrec.events.duplicates").counter().count()).isEqualTo(100);
    }

    Map<String, String> reasons = readDeadLetters(target, poison.size());
    assertThat(reasons.get("{not json")).startsWith("malformed JSON");
    assertThat(reasons.get(poison.get(1))).contains("user");
    assertThat(reasons.get("[]")).contains("empty array");
  }

  @Test
  void mapsUserIdsAsTheRestApiDoes() throws Exception {
    KafkaTarget target = TestBroker.freshTarget();
    try (KafkaEventPublisher publisher = new KafkaEventPublisher(target)) {
      publisher.append(events(3));
    }
    UserIds pseudonyms = UserIds.pseudonymised("a-test-secret-of-at-least-32-characters!");
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (EventStore store = EventStores.open(StoreConfig.of(dir, null));
        KafkaIngest running =
            KafkaIngest.start(
                target,
                "group-" + UUID.randomUUID(),
                new IngestService(store, registry),
                pseudonyms,
                registry)) {
      assertThat(running.target().topic()).isEqualTo(target.topic());
      await(() -> store.stats().events() == 3);
      assertThat(store.user("u0")).isEmpty();
      assertThat(store.user(pseudonyms.stored("u0"))).isPresent();
    }
  }

  private static double deadLetters(SimpleMeterRegistry registry) {
    return registry.get("affectrec.kafka.messages").tag("outcome", "dead_letter").counter().count();
  }

  static List<Event> events(int count) {
    List<Event> events = new ArrayList<>(count);
    Instant start = Instant.parse("2024-05-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      events.add(
          new Event(
              "e" + i,
              "u" + (i % 50),
              "i" + (i % 70),
              EventType.RATE,
              start.plusSeconds(i),
              1.0 + i % 5,
              null,
              null));
    }
    return events;
  }

  private static void publishRaw(KafkaTarget target, List<String> values) {
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(KafkaEventPublisher.config(target.bootstrap(), "test-raw"))) {
      for (String value : values) {
        producer.send(
            new ProducerRecord<>(target.topic(), null, value.getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  /** Value to the reason header of the first {@code expected} dead letters. */
  private static Map<String, String> readDeadLetters(KafkaTarget target, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            target.bootstrap(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "dlt-reader-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            ByteArrayDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ByteArrayDeserializer.class);
    Map<String, String> reasons = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(target.deadLetterTopic()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (reasons.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          assertThat(record.headers().lastHeader(KafkaIngest.SOURCE_HEADER)).isNotNull();
          reasons.put(
              new String(record.value(), StandardCharsets.UTF_8),
              new String(
                  record.headers().lastHeader(KafkaIngest.REASON_HEADER).value(),
                  StandardCharsets.UTF_8));
        }
      }
    }
    return reasons;
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within 90 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
