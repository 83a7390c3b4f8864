package dev.affectrec.store.jdbc;

import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL and row mapping for the {@code users} and {@code items} tables. Stateless. */
final class CatalogRows {
  private CatalogRows() {}

  static void upsertItems(Connection connection, List<Item> items) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO items (id, title, description, categories, attributes, time_us)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " title = excluded.title, description = excluded.description,"
                + " categories = excluded.categories, attributes = excluded.attributes,"
                + " time_us = excluded.time_us")) {
      for (Item item : items) {
        upsert.setString(1, item.id());
        upsert.setString(2, item.title());
        upsert.setString(3, item.description());
        upsert.setString(4, JsonColumns.ofList(item.categories()));
        upsert.setString(5, JsonColumns.ofMap(item.attributes()));
        setTime(upsert, 6, item.time());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  static void upsertUsers(Connection connection, List<User> users) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO users (id, attributes, time_us) VALUES (?, ?, ?) ON CONFLICT (id)"
                + " DO UPDATE SET attributes = excluded.attributes, time_us = excluded.time_us")) {
      for (User user : users) {
        upsert.setString(1, user.id());
        upsert.setString(2, JsonColumns.ofMap(user.attributes()));
        setTime(upsert, 3, user.time());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static final String ITEM_COLUMNS =
      "id, title, description, categories, attributes, time_us FROM items";
  private static final String USER_COLUMNS = "id, attributes, time_us FROM users";

  /** A query's rows mapped one by one. */
  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  static Optional<Item> item(Connection connection, String id) throws SQLException {
    return rows(connection, "SELECT " + ITEM_COLUMNS + " WHERE id = ?", CatalogRows::item, id)
        .stream()
        .findFirst();
  }

  static Optional<User> user(Connection connection, String id) throws SQLException {
    return rows(connection, "SELECT " + USER_COLUMNS + " WHERE id = ?", CatalogRows::user, id)
        .stream()
        .findFirst();
  }

  /** Ids bound per query of {@link #items(Connection, Collection)}, well under every limit. */
  static final int IDS_PER_QUERY = 500;

  /** The items among {@code ids} that are stored, by id, in queries of {@link #IDS_PER_QUERY}. */
  static Map<String, Item> items(Connection connection, Collection<String> ids)
      throws SQLException {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
    Map<String, Item> out = new HashMap<>();
    for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      for (Item item :
          rows(
              connection,
              "SELECT " + ITEM_COLUMNS + " WHERE id IN (" + marks + ")",
              CatalogRows::item,
              chunk.toArray(String[]::new))) {
        out.put(item.id(), item);
      }
    }
    return out;
  }

  /** Up to {@code limit} items with ids after {@code after} (null: from the first), by id. */
  static List<Item> items(Connection connection, String after, int limit) throws SQLException {
    return page(connection, ITEM_COLUMNS, CatalogRows::item, after, limit);
  }

  /** Up to {@code limit} users with ids after {@code after} (null: from the first), by id. */
  static List<User> users(Connection connection, String after, int limit) throws SQLException {
    return page(connection, USER_COLUMNS, CatalogRows::user, after, limit);
  }

  /** Up to {@code limit} items with a time, newest first (ties by id). */
  static List<Item> latest(Connection connection, int limit) throws SQLException {
    return rows(
        connection,
        "SELECT "
            + ITEM_COLUMNS
            + " WHERE time_us IS NOT NULL ORDER BY time_us DESC, id LIMIT "
            + limit,
        CatalogRows::item);
  }

  private static <T> List<T> page(
      Connection connection, String columns, RowMapper<T> mapper, String after, int limit)
      throws SQLException {
    String limited = " ORDER BY id LIMIT " + limit;
    return after == null
        ? rows(connection, "SELECT " + columns + limited, mapper)
        : rows(connection, "SELECT " + columns + " WHERE id > ?" + limited, mapper, after);
  }

  private static <T> List<T> rows(
      Connection connection, String sql, RowMapper<T> mapper, String... parameters)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          out.add(mapper.map(row));
        }
      }
      return out;
    }
  }

  private static Item item(ResultSet row) throws SQLException {
    return new Item(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        JsonColumns.toList(row.getString(4)),
        JsonColumns.toMap(row.getString(5)),
        getTime(row, 6));
  }

  private static User user(ResultSet row) throws SQLException {
    return new User(row.getString(1), JsonColumns.toMap(row.getString(2)), getTime(row, 3));
  }

  private static void setTime(PreparedStatement statement, int index, Instant time)
      throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, EpochMicros.of(time));
    }
  }

  private static Instant getTime(ResultSet row, int index) throws SQLException {
    long micros = row.getLong(index);
    return row.wasNull() ? null : EpochMicros.toInstant(micros);
  }
}
