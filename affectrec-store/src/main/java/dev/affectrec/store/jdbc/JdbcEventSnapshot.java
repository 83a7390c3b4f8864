package dev.affectrec.store.jdbc;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * A snapshot held open as a read transaction on one pooled connection.
 *
 * <p>On SQLite the deferred transaction takes its read mark in the write-ahead log at the first
 * query (the count in the constructor), so later commits stay invisible. On PostgreSQL the
 * transaction is {@code REPEATABLE READ} and read-only, and rows are fetched from a server cursor
 * {@value #FETCH_SIZE} at a time. On both, events stream through {@link #forEach} without being
 * held in memory. Not thread-safe.
 */
final class JdbcEventSnapshot implements EventSnapshot {
  static final int FETCH_SIZE = 10_000;

  private final Connection connection;
  private final long size;
  private boolean closed;

  JdbcEventSnapshot(Connection connection, Dialect dialect) {
    this.connection = connection;
    try {
      if (dialect == Dialect.POSTGRESQL) {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM events")) {
        row.next();
        this.size = row.getLong(1);
      }
    } catch (SQLException | RuntimeException e) {
      closeQuietly();
      throw new StoreException("cannot open a snapshot: " + e.getMessage(), e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>May be called more than once; each call streams the same events.
   */
  @Override
  public void forEach(Consumer<Event> consumer) {
    if (closed) {
      throw new IllegalStateException("the snapshot is closed");
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT " + EventRows.COLUMNS + " FROM events ORDER BY time_us, id")) {
      query.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          consumer.accept(EventRows.read(rows));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the snapshot failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void forEachEventReading(Consumer<EmotionReading> consumer) {
    if (closed) {
      throw new IllegalStateException("the snapshot is closed");
    }
    try {
      ReadingRows.forEachFromEvents(connection, FETCH_SIZE, consumer);
    } catch (SQLException e) {
      throw new StoreException("reading the snapshot's readings failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void forEachUserReading(Modality modality, Consumer<EmotionReading> consumer) {
    if (closed) {
      throw new IllegalStateException("the snapshot is closed");
    }
    try {
      ReadingRows.forEachOfUsers(connection, FETCH_SIZE, modality, consumer);
    } catch (SQLException e) {
      throw new StoreException("reading the snapshot's readings failed: " + e.getMessage(), e);
    }
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void close() {
    if (!closed) {
      closeQuietly();
    }
  }

  private void closeQuietly() {
    closed = true;
    try (connection) {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is being discarded; a failed rollback of a read-only transaction is moot.
    }
  }
}
