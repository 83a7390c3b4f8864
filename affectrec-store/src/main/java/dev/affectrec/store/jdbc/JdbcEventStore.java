package dev.affectrec.store.jdbc;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.DailyEventCount;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.ItemCount;
import dev.affectrec.store.StoreException;
import dev.affectrec.store.StoreLock;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.TopEmotionCount;
import dev.affectrec.store.UserEventRange;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.PendingErasure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link EventStore} over JDBC, for SQLite and PostgreSQL. Thread-safe.
 *
 * <p>Every write runs in one transaction that is committed before the method returns and rolled
 * back entirely on any failure. On SQLite writes are serialised by a fair lock in front of the one
 * writer connection (see {@link ConnectionPools}); on PostgreSQL they run in parallel. Obtain
 * instances from {@link EventStores#open}.
 */
final class JdbcEventStore implements EventStore {
  /** How many user ids and how many item ids each store remembers as already stored. */
  static final int KNOWN_IDS = 200_000;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);

  private final ConnectionPools pools;
  private final StoreConfig config;
  private final Dialect dialect;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final JdbcAccessStore access = new JdbcAccessStore(this);
  private final KnownIds knownUsers = new KnownIds(KNOWN_IDS);
  private final KnownIds knownItems = new KnownIds(KNOWN_IDS);
  private volatile boolean closed;

  JdbcEventStore(ConnectionPools pools, StoreConfig config) {
    this.pools = pools;
    this.config = config;
    this.dialect = config.dialect();
  }

  @Override
  public AppendResult append(List<Event> events) {
    Objects.requireNonNull(events, "events is required");
    if (events.isEmpty()) {
      return AppendResult.NONE;
    }
    EventRows.NewIds fresh = new EventRows.NewIds(new TreeSet<>(), new TreeSet<>());
    AppendResult result =
        write(
            "append " + events.size() + " events",
            c -> EventRows.insert(c, events, knownUsers, knownItems, fresh));
    knownUsers.addAll(fresh.users());
    knownItems.addAll(fresh.items());
    return result;
  }

  @Override
  public void putItems(List<Item> items) {
    if (!items.isEmpty()) {
      write("store " + items.size() + " items", c -> run(() -> CatalogRows.upsertItems(c, items)));
    }
  }

  @Override
  public void putUsers(List<User> users) {
    if (!users.isEmpty()) {
      write("store " + users.size() + " users", c -> run(() -> CatalogRows.upsertUsers(c, users)));
    }
  }

  @Override
  public Optional<Item> item(String id) {
    return read("read item " + id, c -> CatalogRows.item(c, id));
  }

  @Override
  public Optional<User> user(String id) {
    return read("read user " + id, c -> CatalogRows.user(c, id));
  }

  @Override
  public List<Item> items(String after, int limit) {
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("list items after " + after, c -> CatalogRows.items(c, after, limit));
  }

  @Override
  public List<User> users(String after, int limit) {
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("list users after " + after, c -> CatalogRows.users(c, after, limit));
  }

  @Override
  public List<ItemCount> itemCountsSince(Instant since, Set<EventType> types, int limit) {
    Objects.requireNonNull(since, "since is required");
    Arguments.requireAtLeast(limit, 1, "limit");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types must not be empty");
    }
    return read(
        "count items since " + since, c -> SummaryRows.itemCountsSince(c, since, types, limit));
  }

  @Override
  public List<Item> latestItems(int limit) {
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("list the latest items", c -> CatalogRows.latest(c, limit));
  }

  @Override
  public List<Event> eventsOfUser(String user, int limit) {
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("read events of user " + user, c -> EventRows.ofUser(c, user, limit));
  }

  @Override
  public List<Event> eventsOfUser(UserEventRange range, int limit) {
    Objects.requireNonNull(range, "range is required");
    Arguments.requireAtLeast(limit, 1, "limit");
    return read(
        "read a range of the events of user " + range.user(),
        c -> EventRows.ofUserBetween(c, range, limit));
  }

  @Override
  public List<Event> unreadTexts(Event after, int limit) {
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("find texts without a reading", c -> EventRows.unreadTexts(c, after, limit));
  }

  @Override
  public StoreStats stats() {
    return read(
        "count events",
        c -> {
          c.setAutoCommit(false);
          try {
            StoreStats stats =
                new StoreStats(
                    count(c, "SELECT COUNT(*) FROM users"),
                    count(c, "SELECT COUNT(*) FROM items"),
                    count(c, "SELECT COUNT(*) FROM events"),
                    countByType(c));
            c.commit();
            return stats;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  @Override
  public long countUsersNotShaped(String prefix, int length) {
    return read(
        "count users not shaped like " + prefix,
        c -> {
          try (PreparedStatement statement =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM users WHERE NOT (SUBSTR(id, 1, ?) = ? AND LENGTH(id) = ?)")) {
            statement.setInt(1, prefix.length());
            statement.setString(2, prefix);
            statement.setInt(3, length);
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  @Override
  public EventSnapshot snapshot() {
    ensureOpen();
    try {
      return new JdbcEventSnapshot(pools.reads().getConnection(), dialect);
    } catch (SQLException e) {
      throw new StoreException("cannot open a snapshot: " + e.getMessage(), e);
    }
  }

  @Override
  public void putReadings(List<EmotionReading> readings) {
    if (!readings.isEmpty()) {
      write(
          "store " + readings.size() + " readings",
          c -> run(() -> ReadingRows.insert(c, readings)));
    }
  }

  @Override
  public int putReadingsOnce(Map<String, EmotionReading> readings) {
    Objects.requireNonNull(readings, "readings is required");
    readings.keySet().forEach(id -> Arguments.requireNonBlank(id, "reading id"));
    if (readings.isEmpty()) {
      return 0;
    }
    return write(
        "store " + readings.size() + " readings once", c -> ReadingRows.insertOnce(c, readings));
  }

  @Override
  public List<EmotionReading> readingsOf(Subject subject, int limit) {
    Objects.requireNonNull(subject, "subject is required");
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("read readings of " + subject, c -> ReadingRows.of(c, subject, limit));
  }

  @Override
  public List<EmotionReading> readingsAboutItem(String item, int limit) {
    Objects.requireNonNull(item, "item is required");
    Arguments.requireAtLeast(limit, 1, "limit");
    return read("read readings about item " + item, c -> ReadingRows.aboutItem(c, item, limit));
  }

  @Override
  public Map<String, List<EmotionReading>> readingsAboutItems(
      Collection<String> items, int limitPerItem) {
    Objects.requireNonNull(items, "items is required");
    Arguments.requireAtLeast(limitPerItem, 1, "limitPerItem");
    Map<String, List<EmotionReading>> all =
        read("read readings about items", c -> ReadingRows.aboutItems(c, limitPerItem));
    all.keySet().retainAll(items instanceof Set<?> ? items : Set.copyOf(items));
    return all;
  }

  @Override
  public Map<String, Item> items(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids is required");
    return read("read " + ids.size() + " items", c -> CatalogRows.items(c, ids));
  }

  @Override
  public long eventCount() {
    return read("count events", c -> count(c, "SELECT COUNT(*) FROM events"));
  }

  @Override
  public List<DailyEventCount> eventsPerDay(Instant from, Instant to) {
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    return read("count events per day", c -> SummaryRows.eventsPerDay(c, from, to));
  }

  @Override
  public Optional<Instant> newestEventTime() {
    return read("find the newest event", SummaryRows::newestEventTime);
  }

  @Override
  public List<TopEmotionCount> topEmotionCounts(Instant since) {
    Objects.requireNonNull(since, "since is required");
    return read("count top emotions", c -> SummaryRows.topEmotionCounts(c, since));
  }

  @Override
  public boolean deleteUser(String user, PendingErasure pending) {
    Objects.requireNonNull(user, "user is required");
    knownUsers.remove(user);
    boolean existed =
        write(
            "delete user " + user,
            c -> {
              update(
                  c,
                  "DELETE FROM emotion_readings WHERE (subject_kind = 'USER' AND subject_id = ?)"
                      + " OR source_event_id IN (SELECT id FROM events WHERE user_id = ?)",
                  user,
                  user);
              update(c, "DELETE FROM consents WHERE user_id = ?", user);
              int events = update(c, "DELETE FROM events WHERE user_id = ?", user);
              int users = update(c, "DELETE FROM users WHERE id = ?", user);
              boolean found = users > 0 || events > 0;
              if (found && pending != null) {
                JdbcAccessStore.insertPendingErasure(c, pending);
              }
              return found;
            });
    knownUsers.remove(user);
    if (existed) {
      purgeDeletedBytes();
    }
    return existed;
  }

  /**
   * Removes deleted rows' bytes from the database's files as far as the database allows. SQLite has
   * already overwritten them in its pages ({@code secure_delete} on every connection); the old page
   * images still sit in the write-ahead log, so the log is checkpointed into the database and
   * truncated to zero bytes (retried while readers hold old snapshots, then left to the next start
   * or close, which do the same). PostgreSQL vacuums the tables users' data lives in, so the dead
   * rows' space is reclaimed; see docs/SECURITY.md for what that does not reach.
   */
  void purgeDeletedBytes() {
    if (dialect == Dialect.POSTGRESQL) {
      try (Connection c = pools.writes().getConnection();
          Statement statement = c.createStatement()) {
        statement.execute("VACUUM emotion_readings, consents, events, users");
      } catch (SQLException e) {
        LOG.warn("could not vacuum after an erasure in {}: {}", config.location(), e.getMessage());
      }
      return;
    }
    for (int attempt = 1; attempt <= 5; attempt++) {
      if (checkpointTruncate()) {
        return;
      }
    }
    LOG.warn(
        "the write-ahead log of {} could not be truncated after an erasure because readers held"
            + " old snapshots; it is truncated at the next start or clean stop",
        config.location());
  }

  /**
   * Checkpoints SQLite's write-ahead log into the database and truncates it to zero bytes, so page
   * images of deleted rows (and of a crash) leave the log.
   *
   * @return false while readers hold old snapshots (or on an error, which is logged)
   */
  boolean checkpointTruncate() {
    writeLock.lock();
    try (Connection c = pools.writes().getConnection();
        Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
      return row.next() && row.getInt(1) == 0;
    } catch (SQLException e) {
      LOG.warn("could not checkpoint {}: {}", config.location(), e.getMessage());
      return false;
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public AccessStore access() {
    return access;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      pools.close();
    }
  }

  @Override
  public Optional<StoreLock> tryLock(String name) {
    Arguments.requireNonBlank(name, "name");
    ensureOpen();
    return dialect == Dialect.POSTGRESQL
        ? StoreLocks.postgres(pools.reads(), name, config.location())
        : StoreLocks.file(config.dataDir(), name);
  }

  /** Which database this store writes to. */
  Dialect dialect() {
    return dialect;
  }

  <T> T write(String what, SqlWork<T> work) {
    ensureOpen();
    boolean serialise = dialect == Dialect.SQLITE;
    if (serialise) {
      writeLock.lock();
    }
    try (Connection connection = pools.writes().getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(
          what
              + " failed in "
              + config.location()
              + ", nothing was stored: "
              + e.getMessage()
              + "; "
              + EventStores.remedy(config),
          e);
    } finally {
      if (serialise) {
        writeLock.unlock();
      }
    }
  }

  <T> T read(String what, SqlWork<T> work) {
    ensureOpen();
    try (Connection connection = pools.reads().getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new StoreException(what + " failed in " + config.location() + ": " + e.getMessage(), e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  private static int update(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Map<String, Long> countByType(Connection c) throws SQLException {
    Map<String, Long> byType = new HashMap<>();
    try (Statement statement = c.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT type, COUNT(*) FROM events GROUP BY type")) {
      while (rows.next()) {
        byType.put(rows.getString(1), rows.getLong(2));
      }
    }
    return byType;
  }

  private static Void run(SqlAction action) throws SQLException {
    action.run();
    return null;
  }

  /** Work on one connection inside a transaction (writes) or a plain read. */
  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }
}
