package dev.affectrec.bench.store;

import dev.affectrec.api.event.Event;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * The baseline of {@link ImportBenchmark}: the least work that stores the same rows with the same
 * durability, written directly against the SQLite driver.
 */
final class RawJdbcInsert {
  private RawJdbcInsert() {}

  static long insert(Path file, List<Event> events, int batchSize) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA cache_size=-65536");
        s.execute(
            "CREATE TABLE events (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, item_id TEXT,"
                + " type TEXT NOT NULL, time_us BIGINT NOT NULL, value DOUBLE PRECISION,"
                + " text TEXT, device TEXT, channel TEXT, location TEXT, locale TEXT,"
                + " session TEXT)");
        s.execute("CREATE INDEX events_by_user_time ON events (user_id, time_us)");
        s.execute("CREATE INDEX events_by_time ON events (time_us, id)");
      }
      c.setAutoCommit(false);
      long inserted = 0;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO events (id, user_id, item_id, type, time_us, value, text)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (Event e : events) {
          insert.setString(1, e.id());
          insert.setString(2, e.user());
          insert.setString(3, e.item());
          insert.setString(4, e.type().wireName());
          insert.setLong(5, e.time().getEpochSecond() * 1_000_000L);
          if (e.value() == null) {
            insert.setNull(6, Types.DOUBLE);
          } else {
            insert.setDouble(6, e.value());
          }
          insert.setString(7, e.text());
          insert.addBatch();
          if (++pending == batchSize) {
            inserted += insert.executeBatch().length;
            c.commit();
            pending = 0;
          }
        }
        if (pending > 0) {
          inserted += insert.executeBatch().length;
          c.commit();
        }
      }
      return inserted;
    }
  }
}
