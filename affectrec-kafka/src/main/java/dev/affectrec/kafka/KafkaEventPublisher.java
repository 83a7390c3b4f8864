package dev.affectrec.kafka;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.io.events.EventJsonWriter;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes events to the event topic instead of storing them ({@code affectrec import --kafka}):
 * one message per event in the {@code POST /v1/events} JSON form, keyed by user so that one user's
 * events stay in order on one partition. {@link #append} returns once the brokers acknowledged the
 * whole batch (all in-sync replicas, idempotent producer). The stream carries events only: items
 * and users handed to it are counted ({@link #skippedItems()}, {@link #skippedUsers()}), not
 * published; consumers create bare records for them as the store always does. One writer thread.
 */
public final class KafkaEventPublisher implements EventSink, AutoCloseable {
  private final KafkaTarget target;
  private final Producer<byte[], byte[]> producer;
  private long published;
  private long skippedItems;
  private long skippedUsers;

  /**
   * Connects to {@code target}, creating its topics when missing.
   *
   * @throws IllegalStateException when the cluster cannot be reached
   */
  public KafkaEventPublisher(KafkaTarget target) {
    this.target = target;
    KafkaTopics.ensure(target);
    this.producer = new KafkaProducer<>(config(target.bootstrap(), "affectrec-import"));
  }

  /** Producer settings for acknowledged, idempotent, batched publishing. */
  static Map<String, Object> config(String bootstrap, String clientId) {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrap,
        ProducerConfig.CLIENT_ID_CONFIG,
        clientId,
        ProducerConfig.ACKS_CONFIG,
        "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
        true,
        ProducerConfig.LINGER_MS_CONFIG,
        10,
        ProducerConfig.BATCH_SIZE_CONFIG,
        256 * 1024,
        ProducerConfig.COMPRESSION_TYPE_CONFIG,
        "lz4",
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
        ByteArraySerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
        ByteArraySerializer.class);
  }

  /**
   * Publishes {@code events} and waits for the acknowledgements; counts every event as new (the
   * consumer drops duplicates by id).
   *
   * @throws IllegalStateException when a message was not acknowledged
   */
  @Override
  public AppendResult append(List<Event> events) {
    List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
    for (Event event : events) {
      sent.add(
          producer.send(
              new ProducerRecord<>(
                  target.topic(),
                  event.user().getBytes(StandardCharsets.UTF_8),
                  EventJsonWriter.toJson(event))));
    }
    producer.flush();
    awaitAll(sent, target);
    published += events.size();
    return AppendResult.allNew(events);
  }

  /** Waits for every send; the first failure becomes an {@link IllegalStateException}. */
  static void awaitAll(List<Future<RecordMetadata>> sent, KafkaTarget target) {
    try {
      for (Future<RecordMetadata> future : sent) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Kafka at " + target.bootstrap() + " did not take a message: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing to Kafka", e);
    }
  }

  @Override
  public void putItems(List<Item> items) {
    skippedItems += items.size();
  }

  @Override
  public void putUsers(List<User> users) {
    skippedUsers += users.size();
  }

  /** Events published and acknowledged so far. */
  public long published() {
    return published;
  }

  /** Items the input described that were not published (the stream carries events only). */
  public long skippedItems() {
    return skippedItems;
  }

  /** Users the input described that were not published (the stream carries events only). */
  public long skippedUsers() {
    return skippedUsers;
  }

  @Override
  public void close() {
    producer.close();
  }
}
