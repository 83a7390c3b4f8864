package dev.affectrec.store;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import java.util.List;

/**
 * Where an import writes what it read: the store itself ({@link EventStore}), or a publisher that
 * hands the events to a stream (Kafka) for a service to store. Implementations are safe for use by
 * one writer thread at a time.
 */
public interface EventSink {

  /**
   * Writes a batch of events; returns once the batch is durable where it goes (stored, or
   * acknowledged by the stream).
   *
   * @param events never null; may be empty
   * @return how many were new and how many were duplicates; a sink that cannot tell counts every
   *     event as new
   */
  AppendResult append(List<Event> events);

  /** Writes items, replacing those with the same id. */
  void putItems(List<Item> items);

  /** Writes users, replacing those with the same id. */
  void putUsers(List<User> users);
}
