package dev.affectrec.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer's meters on {@code /metrics}: messages by outcome, events stored, the consumer lag
 * (messages on the assigned partitions not yet consumed) and the throughput of the last window of
 * at least {@value #WINDOW_SECONDS} s. Lag and throughput are updated by the consumer thread and
 * read by any thread.
 */
final class KafkaIngestMetrics {
  static final int WINDOW_SECONDS = 5;

  private final Counter storedMessages;
  private final Counter deadLetters;
  private final Counter events;
  private final AtomicLong lag = new AtomicLong();
  private final DoubleAdder perSecond = new DoubleAdder();
  private long windowStart = System.nanoTime();
  private long windowEvents;

  KafkaIngestMetrics(MeterRegistry registry, KafkaTarget target) {
    String topic = target.topic();
    storedMessages =
        Counter.builder("affectrec.kafka.messages")
            .description("Kafka messages consumed, by outcome")
            .tag("topic", topic)
            .tag("outcome", "stored")
            .register(registry);
    deadLetters =
        Counter.builder("affectrec.kafka.messages")
            .description("Kafka messages consumed, by outcome")
            .tag("topic", topic)
            .tag("outcome", "dead_letter")
            .register(registry);
    events =
        Counter.builder("affectrec.kafka.events")
            .description("events from Kafka handed to the store (new and duplicate)")
            .tag("topic", topic)
            .register(registry);
    Gauge.builder("affectrec.kafka.consumer.lag", lag, AtomicLong::get)
        .description("messages on the assigned partitions not yet consumed")
        .tag("topic", topic)
        .register(registry);
    Gauge.builder("affectrec.kafka.ingest.throughput", perSecond, DoubleAdder::sum)
        .description("events per second stored from Kafka over the last window of at least 5 s")
        .baseUnit("events/s")
        .tag("topic", topic)
        .register(registry);
  }

  /** A batch whose offsets were committed. */
  void committed(int storedMessageCount, int deadLetterCount, int eventCount) {
    storedMessages.increment(storedMessageCount);
    deadLetters.increment(deadLetterCount);
    events.increment(eventCount);
    windowEvents += eventCount;
    rollWindow();
  }

  /** Recomputes the lag of {@code consumer}'s assignment and closes the window when it is due. */
  void polled(Consumer<?, ?> consumer) {
    long sum = 0;
    for (TopicPartition partition : consumer.assignment()) {
      OptionalLong behind = consumer.currentLag(partition);
      if (behind.isPresent()) {
        sum += behind.getAsLong();
      }
    }
    lag.set(sum);
    rollWindow();
  }

  private void rollWindow() {
    long now = System.nanoTime();
    long elapsed = now - windowStart;
    if (elapsed >= TimeUnit.SECONDS.toNanos(WINDOW_SECONDS)) {
      double rate = windowEvents / (elapsed / 1e9);
      perSecond.reset();
      perSecond.add(rate);
      windowStart = now;
      windowEvents = 0;
    }
  }
}
