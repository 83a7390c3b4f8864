package dev.affectrec.bench.store;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.PendingErasure;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store that accepts every event and keeps nothing, so that a benchmark of an importer into it
 * measures reading and parsing alone.
 */
final class DiscardingStore implements EventStore {
  @Override
  public AppendResult append(List<Event> events) {
    return AppendResult.allNew(events);
  }

  @Override
  public void putItems(List<Item> items) {}

  @Override
  public void putUsers(List<User> users) {}

  @Override
  public Optional<Item> item(String id) {
    return Optional.empty();
  }

  @Override
  public Optional<User> user(String id) {
    return Optional.empty();
  }

  @Override
  public List<Event> eventsOfUser(String user, int limit) {
    return List.of();
  }

  @Override
  public StoreStats stats() {
    return new StoreStats(0, 0, 0, Map.of());
  }

  @Override
  public long countUsersNotShaped(String prefix, int length) {
    return 0;
  }

  @Override
  public EventSnapshot snapshot() {
    throw new UnsupportedOperationException("a discarding store has no snapshot");
  }

  @Override
  public void putReadings(List<EmotionReading> readings) {}

  @Override
  public int putReadingsOnce(java.util.Map<String, EmotionReading> readings) {
    return 0;
  }

  @Override
  public List<EmotionReading> readingsOf(Subject subject, int limit) {
    return List.of();
  }

  @Override
  public boolean deleteUser(String user, PendingErasure pending) {
    return false;
  }

  @Override
  public List<EmotionReading> readingsAboutItem(String item, int limit) {
    return List.of();
  }

  /** Import benchmarks never touch keys, consents or the audit log. */
  @Override
  public AccessStore access() {
    throw new UnsupportedOperationException(
        "the parsing-only benchmark store keeps no access data");
  }

  @Override
  public void close() {}
}
