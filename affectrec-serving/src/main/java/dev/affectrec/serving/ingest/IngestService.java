package dev.affectrec.serving.ingest;

import dev.affectrec.api.event.Event;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores validated events and then notifies listeners. A listener failure is logged and counted; it
 * never fails an ingest whose events are already stored. Thread-safe.
 */
public final class IngestService {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final EventStore store;
  private final List<IngestListener> listeners = new CopyOnWriteArrayList<>();
  private final Counter inserted;
  private final Counter duplicates;
  private final Counter listenerFailures;

  /** A service over {@code store} that counts into {@code registry}. */
  public IngestService(EventStore store, MeterRegistry registry) {
    this.store = store;
    this.inserted =
        Counter.builder("affectrec.events.inserted")
            .description("events newly stored")
            .register(registry);
    this.duplicates =
        Counter.builder("affectrec.events.duplicates")
            .description("events already stored")
            .register(registry);
    this.listenerFailures =
        Counter.builder("affectrec.ingest.listener.failures")
            .description("listener calls that threw")
            .register(registry);
  }

  /** Adds a listener called after every stored batch. */
  public void addListener(IngestListener listener) {
    listeners.add(listener);
  }

  /**
   * Stores {@code events} atomically, then notifies listeners of the newly stored ones (a retried
   * batch, or an event id sent twice, is not counted again).
   */
  public AppendResult accept(List<Event> events) {
    AppendResult result = store.append(events);
    inserted.increment(result.inserted());
    duplicates.increment(result.duplicates());
    if (result.stored().isEmpty()) {
      return result;
    }
    for (IngestListener listener : listeners) {
      try {
        listener.accepted(result.stored());
      } catch (RuntimeException e) {
        listenerFailures.increment();
        LOG.warn("ingest listener {} failed", listener, e);
      }
    }
    return result;
  }
}
