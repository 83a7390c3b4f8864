package dev.affectrec.store.jdbc;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.AppendResult;
import dev.affectrec.store.UserEventRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** SQL and row mapping for the {@code events} table. Stateless. */
final class EventRows {
  /** Columns in the order {@link #read} expects them. */
  static final String COLUMNS =
      "id, user_id, item_id, type, time_us, value, text, device, channel, location, locale,"
          + " session";

  private static final String INSERT =
      "INSERT INTO events ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO NOTHING";

  private EventRows() {}

  /** The user and item ids a batch stored bare rows for, to remember after commit. */
  record NewIds(Set<String> users, Set<String> items) {}

  /**
   * Inserts the events of one batch in the caller's transaction, creating bare user and item rows
   * first for ids not in the known sets (in sorted order, so concurrent PostgreSQL writers lock
   * rows in the same order). Events are inserted sorted by id (stably, so of two events with the
   * same id the earlier one wins), which keeps B-tree inserts local.
   */
  static AppendResult insert(
      Connection connection,
      List<Event> events,
      KnownIds knownUsers,
      KnownIds knownItems,
      NewIds out)
      throws SQLException {
    for (Event event : events) {
      if (!knownUsers.contains(event.user())) {
        out.users().add(event.user());
      }
      if (event.item() != null && !knownItems.contains(event.item())) {
        out.items().add(event.item());
      }
    }
    insertIds(
        connection, "INSERT INTO users (id) VALUES (?) ON CONFLICT (id) DO NOTHING", out.users());
    insertIds(
        connection, "INSERT INTO items (id) VALUES (?) ON CONFLICT (id) DO NOTHING", out.items());
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::id));
    Set<Event> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Event event : sorted) {
        bind(insert, event);
        insert.addBatch();
      }
      int[] counts = insert.executeBatch();
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] > 0) {
          fresh.add(sorted.get(k));
        } else if (counts[k] == Statement.SUCCESS_NO_INFO) {
          throw new SQLException(
              "the driver did not report insert counts; cannot count duplicates");
        }
      }
    }
    List<Event> stored = new ArrayList<>(fresh.size());
    for (Event event : events) {
      // remove, not contains: the same instance twice in a batch was stored once.
      if (fresh.remove(event)) {
        stored.add(event);
      }
    }
    return new AppendResult(stored.size(), events.size() - stored.size(), stored);
  }

  private static void insertIds(Connection connection, String sql, Iterable<String> ids)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int pending = 0;
      for (String id : ids) {
        insert.setString(1, id);
        insert.addBatch();
        pending++;
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  private static void bind(PreparedStatement insert, Event event) throws SQLException {
    insert.setString(1, event.id());
    insert.setString(2, event.user());
    insert.setString(3, event.item());
    insert.setString(4, event.type().wireName());
    insert.setLong(5, EpochMicros.of(event.time()));
    if (event.value() == null) {
      insert.setNull(6, Types.DOUBLE);
    } else {
      insert.setDouble(6, event.value());
    }
    insert.setString(7, event.text());
    EventContext context = event.context();
    insert.setString(8, context.device());
    insert.setString(9, context.channel());
    insert.setString(10, context.location());
    insert.setString(11, context.locale());
    insert.setString(12, context.session());
  }

  /** Runs {@code query}, whose columns are {@link #COLUMNS}, and maps every row. */
  static List<Event> all(PreparedStatement query) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      List<Event> out = new ArrayList<>();
      while (rows.next()) {
        out.add(read(rows));
      }
      return out;
    }
  }

  /** Maps the current row, whose columns are {@link #COLUMNS}, to an event. */
  static Event read(ResultSet row) throws SQLException {
    double value = row.getDouble(6);
    Double boxed = row.wasNull() ? null : value;
    String type = row.getString(4);
    return new Event(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        EventType.fromWireName(type)
            .orElseThrow(() -> new SQLException("unknown stored event type " + type)),
        EpochMicros.toInstant(row.getLong(5)),
        boxed,
        row.getString(7),
        new EventContext(
            row.getString(8),
            row.getString(9),
            row.getString(10),
            row.getString(11),
            row.getString(12)));
  }

  /**
   * The query of {@link #ofUser}: index {@code events_by_user_time} (user, time, id) serves it
   * without a sort, so its cost is the limit, not the user's event count.
   */
  static final String NEWEST_OF_USER =
      "SELECT " + COLUMNS + " FROM events WHERE user_id = ? ORDER BY time_us DESC, id DESC LIMIT ?";

  /** The newest {@code limit} events of {@code user}, newest first. */
  static List<Event> ofUser(Connection connection, String user, int limit) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(NEWEST_OF_USER)) {
      query.setString(1, user);
      query.setInt(2, limit);
      return all(query);
    }
  }

  /**
   * The query of {@link #ofUserBetween} for a client session id: the row values on (time, id) are a
   * range of index {@code events_by_user_time} (user, time, id), read in its order.
   */
  static final String RANGE_OF_USER_IN_SESSION =
      "SELECT "
          + COLUMNS
          + " FROM events WHERE user_id = ? AND (time_us, id) >= (?, ?) AND (time_us, id) <= (?, ?)"
          + " AND session = ? ORDER BY time_us, id LIMIT ?";

  /** As {@link #RANGE_OF_USER_IN_SESSION}, for events without a client session id. */
  static final String RANGE_OF_USER_NO_SESSION =
      "SELECT "
          + COLUMNS
          + " FROM events WHERE user_id = ? AND (time_us, id) >= (?, ?) AND (time_us, id) <= (?, ?)"
          + " AND (session IS NULL OR TRIM(session) = '') ORDER BY time_us, id LIMIT ?";

  /** The first {@code limit} events of {@code range}, oldest first. */
  static List<Event> ofUserBetween(Connection connection, UserEventRange range, int limit)
      throws SQLException {
    boolean inSession = range.session() != null && !range.session().isBlank();
    try (PreparedStatement query =
        connection.prepareStatement(
            inSession ? RANGE_OF_USER_IN_SESSION : RANGE_OF_USER_NO_SESSION)) {
      int p = 1;
      query.setString(p++, range.user());
      query.setLong(p++, EpochMicros.of(range.fromTime()));
      query.setString(p++, range.fromId());
      query.setLong(p++, EpochMicros.of(range.toTime()));
      query.setString(p++, range.toId());
      if (inSession) {
        query.setString(p++, range.session());
      }
      query.setInt(p, limit);
      return all(query);
    }
  }

  /**
   * Up to {@code limit} review and search events with a non-blank text and no stored reading, in
   * (time, id) order after {@code after} (from the start when null).
   */
  static List<Event> unreadTexts(Connection connection, Event after, int limit)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM events e WHERE e.type IN (?, ?) AND e.text IS NOT NULL"
                + " AND TRIM(e.text) <> ''"
                + " AND (e.time_us > ? OR (e.time_us = ? AND e.id > ?))"
                + " AND NOT EXISTS (SELECT 1 FROM emotion_readings r"
                + " WHERE r.source_event_id = e.id)"
                + " ORDER BY e.time_us, e.id LIMIT ?")) {
      long time = after == null ? Long.MIN_VALUE : EpochMicros.of(after.time());
      query.setString(1, EventType.REVIEW.wireName());
      query.setString(2, EventType.SEARCH.wireName());
      query.setLong(3, time);
      query.setLong(4, time);
      query.setString(5, after == null ? "" : after.id());
      query.setInt(6, limit);
      return all(query);
    }
  }
}
