package dev.affectrec.kafka;

import dev.affectrec.api.event.Event;
import dev.affectrec.serving.ingest.IngestService;
import dev.affectrec.serving.privacy.UserIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the event topic into the store through the serving layer's {@link IngestService}, on one
 * background thread ({@code affectrec serve --kafka}).
 *
 * <p>Contracts:
 *
 * <ul>
 *   <li>The consumer group starts from the earliest offset when it is new; both topics are created
 *       when missing.
 *   <li>Offsets are committed only after the polled batch is durable in the store, so a crash at
 *       any point redelivers at most the batch in flight, and event ids make the redelivery (and a
 *       file published twice) add nothing: at-least-once delivery, exactly-once effect.
 *   <li>A message that is not valid event JSON ({@link EventMessages}) goes, with its key and value
 *       unchanged, to the dead-letter topic with the headers {@value #REASON_HEADER} (why) and
 *       {@value #SOURCE_HEADER} ({@code topic-partition@offset}); it never stops the consumer.
 *   <li>When the store fails, nothing of the batch is committed: the consumer rewinds to the
 *       batch's first offsets and retries after {@link #RETRY_AFTER}.
 *   <li>User ids are mapped by {@link UserIds} exactly as {@code POST /v1/events} maps them.
 * </ul>
 */
public final class KafkaIngest implements AutoCloseable {
  /** The consumer group when none is given. */
  public static final String DEFAULT_GROUP = "affectrec";

  /** Dead-letter header holding why the message was rejected. */
  public static final String REASON_HEADER = "affectrec.error";

  /** Dead-letter header holding where the message came from: {@code topic-partition@offset}. */
  public static final String SOURCE_HEADER = "affectrec.source";

  /** Messages per poll, so per store transaction (a message may hold several events). */
  static final int MAX_POLL_RECORDS = 5_000;

  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(KafkaIngest.class);

  private final KafkaTarget target;
  private final IngestService ingest;
  private final UserIds userIds;
  private final KafkaIngestMetrics metrics;
  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetters;
  private final Thread thread;
  private volatile boolean running = true;

  private KafkaIngest(
      KafkaTarget target,
      String group,
      IngestService ingest,
      UserIds userIds,
      MeterRegistry registry) {
    this.target = target;
    this.ingest = ingest;
    this.userIds = userIds;
    this.metrics = new KafkaIngestMetrics(registry, target);
    this.consumer = new KafkaConsumer<>(consumerConfig(target.bootstrap(), group));
    this.deadLetters =
        new KafkaProducer<>(
            KafkaEventPublisher.config(target.bootstrap(), "affectrec-dead-letters"));
    this.thread = new Thread(this::run, "affectrec-kafka-ingest");
  }

  /**
   * Creates the topics when missing, subscribes group {@code group} to {@code target}'s topic and
   * starts consuming in the background.
   *
   * @throws IllegalStateException when the cluster cannot be reached
   */
  public static KafkaIngest start(
      KafkaTarget target,
      String group,
      IngestService ingest,
      UserIds userIds,
      MeterRegistry registry) {
    KafkaTopics.ensure(target);
    KafkaIngest running = new KafkaIngest(target, group, ingest, userIds, registry);
    running.thread.start();
    return running;
  }

  private static Map<String, Object> consumerConfig(String bootstrap, String group) {
    return Map.ofEntries(
        Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        Map.entry(ConsumerConfig.GROUP_ID_CONFIG, group),
        Map.entry(ConsumerConfig.CLIENT_ID_CONFIG, "affectrec-ingest"),
        Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        Map.entry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS),
        Map.entry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        // A consumer killed with -9 holds its partitions until its session expires: 10 s, not the
        // default 45 s, before a restarted or surviving replica takes over.
        Map.entry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000),
        Map.entry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000),
        Map.entry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class),
        Map.entry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
  }

  private void run() {
    try {
      consumer.subscribe(List.of(target.topic()));
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
        metrics.polled(consumer);
        if (!records.isEmpty()) {
          consume(records);
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } catch (RuntimeException | Error e) {
      LOG.error("the Kafka consumer of {} stopped", target, e);
      throw e;
    } finally {
      consumer.close();
      deadLetters.close();
    }
  }

  /** Stores one polled batch, dead-letters its poison messages, then commits its offsets. */
  private void consume(ConsumerRecords<byte[], byte[]> records) {
    List<Event> events = new ArrayList<>(records.count());
    List<Future<RecordMetadata>> rejected = new ArrayList<>();
    int stored = 0;
    for (ConsumerRecord<byte[], byte[]> record : records) {
      EventMessages.Parsed parsed = EventMessages.parse(record.value());
      if (parsed.rejected()) {
        rejected.add(deadLetter(record, parsed.reason()));
      } else {
        stored++;
        for (Event event : parsed.events()) {
          events.add(userIds.stored(event));
        }
      }
    }
    try {
      if (!events.isEmpty()) {
        ingest.accept(events);
      }
      deadLetters.flush();
      KafkaEventPublisher.awaitAll(rejected, target);
    } catch (RuntimeException e) {
      LOG.warn(
          "a batch of {} messages from {} was not stored ({}); retrying in {} s",
          records.count(),
          target,
          e.toString(),
          RETRY_AFTER.toSeconds());
      rewind(records);
      pause();
      return;
    }
    try {
      consumer.commitSync(nextOffsets(records));
    } catch (CommitFailedException e) {
      // The partitions moved to another consumer of the group, which redelivers the batch; the
      // event ids make that redelivery add nothing.
      LOG.info("offsets of a stored batch were not committed after a rebalance: {}", e.toString());
    }
    metrics.committed(stored, rejected.size(), events.size());
  }

  private Future<RecordMetadata> deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
    ProducerRecord<byte[], byte[]> letter =
        new ProducerRecord<>(target.deadLetterTopic(), record.key(), record.value());
    letter.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    letter
        .headers()
        .add(
            SOURCE_HEADER,
            (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
    LOG.warn(
        "message {}-{}@{} goes to {}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        target.deadLetterTopic(),
        reason);
    return deadLetters.send(letter);
  }

  private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(
      ConsumerRecords<byte[], byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> of = records.records(partition);
      offsets.put(partition, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
    }
    return offsets;
  }

  private void rewind(ConsumerRecords<byte[], byte[]> records) {
    for (TopicPartition partition : records.partitions()) {
      consumer.seek(partition, records.records(partition).get(0).offset());
    }
  }

  private void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(RETRY_AFTER.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** The cluster and topic consumed. */
  public KafkaTarget target() {
    return target;
  }

  /** Stops consuming after the batch in flight (whose offsets it commits when stored). */
  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
