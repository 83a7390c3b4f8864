package dev.affectrec.store.jdbc;

import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
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

  static Optional<Item> item(Connection connection, String id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT title, description, categories, attributes, time_us FROM items WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Item(
                id,
                row.getString(1),
                row.getString(2),
                JsonColumns.toList(row.getString(3)),
                JsonColumns.toMap(row.getString(4)),
                getTime(row, 5)));
      }
    }
  }

  static Optional<User> user(Connection connection, String id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT attributes, time_us FROM users WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new User(id, JsonColumns.toMap(row.getString(1)), getTime(row, 2)));
      }
    }
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
