package dev.affectrec.store;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.PendingErasure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Durable storage of users, items, events and emotion readings.
 *
 * <p>Contracts shared by every implementation:
 *
 * <ul>
 *   <li>A write method returns only after its data is durable (committed and synced).
 *   <li>Writes of a batch are atomic: either every new record of the batch is stored or none is.
 *   <li>Event ingest is idempotent by {@link Event#id()}: an id already stored is counted as a
 *       duplicate and the stored event is left unchanged.
 *   <li>Storing an event whose user or item is unknown creates a bare user or item record.
 *   <li>Implementations are safe for concurrent use by many threads.
 * </ul>
 */
public interface EventStore extends EventSink, AutoCloseable {

  /**
   * Stores a batch of events atomically.
   *
   * @param events never null; may be empty
   * @return how many were new and how many were duplicates (by id, within the store or earlier in
   *     the same batch)
   * @throws StoreException if the batch could not be stored; nothing of it is then stored
   */
  @Override
  AppendResult append(List<Event> events);

  /** Inserts or replaces items atomically. */
  @Override
  void putItems(List<Item> items);

  /** Inserts or replaces users atomically. */
  @Override
  void putUsers(List<User> users);

  /** The item with this id, or empty. */
  Optional<Item> item(String id);

  /** The user with this id, or empty. */
  Optional<User> user(String id);

  /**
   * One page of the catalogue in the database's id order (keyset pagination: pass the last id of a
   * page as {@code after} for the next). The default implementation refuses; the JDBC stores answer
   * with one indexed query.
   *
   * @param after the last id of the previous page, or null for the first page
   * @param limit at least 1
   * @throws UnsupportedOperationException if this store cannot list its items
   */
  default List<Item> items(String after, int limit) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not list items");
  }

  /**
   * One page of the users in the database's id order, as {@link #items(String, int)}.
   *
   * @throws UnsupportedOperationException if this store cannot list its users
   */
  default List<User> users(String after, int limit) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not list users");
  }

  /**
   * The items with the most events of {@code types} at or after {@code since}, most first (ties by
   * id). The default implementation refuses; the JDBC stores answer with one grouped query over the
   * time index.
   *
   * @param since inclusive, never null
   * @param types the event types counted, never empty
   * @param limit at least 1
   * @throws UnsupportedOperationException if this store cannot count
   */
  default List<ItemCount> itemCountsSince(Instant since, Set<EventType> types, int limit) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not count items");
  }

  /**
   * The items with a time ({@link Item#time()}: when they were added or last changed), newest first
   * (ties by id). The default implementation refuses; the JDBC stores answer with one query (a scan
   * of the items table).
   *
   * @param limit at least 1
   * @throws UnsupportedOperationException if this store cannot list its items
   */
  default List<Item> latestItems(int limit) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not list items");
  }

  /**
   * The newest events of one user, newest first.
   *
   * @param limit at least 1
   */
  List<Event> eventsOfUser(String user, int limit);

  /**
   * The events of {@code range}: its user's events with its client session id (or with none, null
   * or blank, when the range has none) from its first to its last (time, id) position, both
   * inclusive, oldest first in (time, id) order, with ids compared in the database's order. The
   * default implementation refuses; the JDBC stores answer with one range scan of the index on
   * (user, time, id), so the cost is the events in the range, not all the user's events.
   *
   * @param limit at least 1; the first {@code limit} events of the range
   * @throws UnsupportedOperationException if this store cannot answer
   */
  default List<Event> eventsOfUser(UserEventRange range, int limit) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not read a range of a user's events");
  }

  /**
   * Review and search events with a non-blank text but no stored reading (whose reading was lost to
   * a crash, or never computed), oldest first: the page after {@code after} in (time, id) order.
   * The default implementation refuses; the JDBC stores answer with one query.
   *
   * @param after the last event of the previous page, or null for the first page
   * @param limit at least 1
   * @throws UnsupportedOperationException if this store cannot answer
   */
  default List<Event> unreadTexts(Event after, int limit) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not find texts without a reading");
  }

  /** Counts of users, items, events and events by type. */
  StoreStats stats();

  /**
   * How many stored user ids are not exactly {@code length} characters starting with {@code
   * prefix}; used to tell whether a store holds raw user ids where only pseudonyms are expected.
   */
  long countUsersNotShaped(String prefix, int length);

  /**
   * Opens a consistent, read-only snapshot of all events for training. Events written after the
   * snapshot opened are not visible in it. The caller must close it.
   */
  EventSnapshot snapshot();

  /** Stores emotion readings atomically. */
  void putReadings(List<EmotionReading> readings);

  /**
   * Stores each reading under its id unless a reading with that id is already stored, atomically. A
   * reading derived deterministically (for example from a closed session) can so be written again,
   * after a restart or a retried request, without being duplicated.
   *
   * @param readings id to reading; ids non-blank, never null
   * @return how many readings were newly stored
   */
  int putReadingsOnce(Map<String, EmotionReading> readings);

  /**
   * Readings about one subject, oldest first.
   *
   * @param limit at least 1; the newest {@code limit} readings are returned
   */
  List<EmotionReading> readingsOf(Subject subject, int limit);

  /**
   * Event counts per UTC day and type for events with {@code from <= time < to}, for dashboards.
   * The default implementation refuses; the JDBC stores answer with one grouped query.
   *
   * @param from inclusive, never null
   * @param to exclusive, never null, not before {@code from}
   * @return never null; ordered by day, then type; days and types without events are absent
   * @throws UnsupportedOperationException if this store cannot summarise
   */
  default List<DailyEventCount> eventsPerDay(Instant from, Instant to) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not summarise events per day");
  }

  /**
   * The time of the newest event in the store, for windows that end at the data rather than the
   * wall clock (a history imported years ago). The default implementation refuses; the JDBC stores
   * answer with one query.
   *
   * @return empty when the store holds no event
   * @throws UnsupportedOperationException if this store cannot answer
   */
  default Optional<Instant> newestEventTime() {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not know its newest event");
  }

  /**
   * For readings about users at or after {@code since}: how many had each emotion as their most
   * probable one (ties go to the emotion first in {@link dev.affectrec.api.emotion.Emotion} order),
   * per modality. The default implementation refuses; the JDBC stores answer with one grouped
   * query.
   *
   * @param since inclusive, never null
   * @return never null; ordered by modality, then emotion; pairs without readings are absent
   * @throws UnsupportedOperationException if this store cannot summarise
   */
  default List<TopEmotionCount> topEmotionCounts(Instant since) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " does not summarise emotion readings");
  }

  /**
   * Readings computed from events about one item (for example the text readings of its reviews),
   * oldest first; each keeps its own subject, the user who wrote the review.
   *
   * @param limit at least 1; the newest {@code limit} readings are returned
   */
  List<EmotionReading> readingsAboutItem(String item, int limit);

  /**
   * The readings {@link #readingsAboutItem} gives for each of {@code items} that has any, by item
   * id, each list oldest first: for indexes over a whole catalogue. A store answers in one query;
   * this default asks item by item.
   *
   * @param limitPerItem at least 1; the newest {@code limitPerItem} readings of each item
   */
  default Map<String, List<EmotionReading>> readingsAboutItems(
      java.util.Collection<String> items, int limitPerItem) {
    Map<String, List<EmotionReading>> out = new java.util.HashMap<>();
    for (String item : items) {
      List<EmotionReading> readings = readingsAboutItem(item, limitPerItem);
      if (!readings.isEmpty()) {
        out.put(item, readings);
      }
    }
    return out;
  }

  /**
   * The stored items among {@code ids}, by id (an id with no stored item is absent). A store
   * answers in a few queries; this default asks id by id.
   */
  default Map<String, Item> items(java.util.Collection<String> ids) {
    Map<String, Item> out = new java.util.HashMap<>();
    for (String id : ids) {
      item(id).ifPresent(item -> out.put(id, item));
    }
    return out;
  }

  /** How many events are stored: {@link StoreStats#events()} without the other counts. */
  default long eventCount() {
    return stats().events();
  }

  /**
   * Deletes a user and everything about them: events, readings, consents and the user record, as
   * {@link #deleteUser(String, PendingErasure)} without a pending record.
   *
   * @return whether the user existed
   */
  default boolean deleteUser(String user) {
    return deleteUser(user, null);
  }

  /**
   * Deletes a user and everything about them (events, readings, consents and the user record) and,
   * when the user existed, records {@code pending} in the same transaction, so no crash can leave
   * the user deleted without the record that keeps older models from serving them. After the
   * commit, the deleted bytes are removed from the database's files as far as the database allows:
   * SQLite overwrites deleted content ({@code secure_delete}) and truncates its write-ahead log;
   * PostgreSQL vacuums the affected tables.
   *
   * @param pending the erasure to record, or null for none
   * @return whether the user existed
   */
  boolean deleteUser(String user, PendingErasure pending);

  /**
   * Keys, consents and the audit log, kept in the same database. {@link #deleteUser} erases the
   * user's consents too.
   */
  AccessStore access();

  /** Releases connections. Idempotent. */
  @Override
  void close();

  /**
   * Takes the lock {@code name} shared by every process on this store, if no one holds it: used so
   * that among several servers on one database exactly one trains at a time. The default
   * implementation refuses; the JDBC stores use a PostgreSQL advisory lock, or a lock file in the
   * SQLite data directory.
   *
   * @return the held lock, or empty when another holder (another process, or another caller in this
   *     one) has it
   */
  default Optional<StoreLock> tryLock(String name) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no shared locks");
  }
}
