package dev.affectrec.store.jdbc;

import dev.affectrec.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema version by running the versioned SQL scripts under {@code
 * migrations/} that it has not run yet, each in its own transaction, and recording each in the
 * {@code schema_version} table. The same scripts run on SQLite and PostgreSQL, so they use only
 * portable SQL; statements are separated by a semicolon at the end of a line.
 *
 * <p>A database whose version is newer than the newest script is refused rather than used.
 */
final class Migrations {
  /** Script names in version order; the number after {@code V} is the version. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__initial_schema.sql",
          "V2__access_control.sql",
          "V3__pending_erasures.sql",
          "V4__events_by_item.sql",
          "V5__newest_first_by_id.sql");

  private Migrations() {}

  /** The newest schema version this code knows. */
  static int latestVersion() {
    return SCRIPTS.size();
  }

  /**
   * Applies the missing migrations on {@code connection} (which is left in auto-commit mode),
   * recording {@code clock}'s time as each one's application time.
   *
   * @return the schema version after migrating
   * @throws StoreException if a script fails (its changes are rolled back) or the database is newer
   */
  static int apply(Connection connection, Clock clock) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " script TEXT NOT NULL, applied_us BIGINT NOT NULL)");
    }
    int current = currentVersion(connection);
    if (current > latestVersion()) {
      throw new StoreException(
          "database schema version "
              + current
              + " is newer than this AffectRec understands ("
              + latestVersion()
              + "); upgrade AffectRec",
          null);
    }
    for (int version = current + 1; version <= latestVersion(); version++) {
      run(connection, version, SCRIPTS.get(version - 1), clock);
    }
    return latestVersion();
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void run(Connection connection, int version, String script, Clock clock)
      throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(load(script))) {
        statement.execute(sql);
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO schema_version (version, script, applied_us) VALUES (?, ?, ?)")) {
        insert.setInt(1, version);
        insert.setString(2, script);
        insert.setLong(3, EpochMicros.of(clock.instant()));
        insert.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw new StoreException("schema migration " + script + " failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Splits a script on lines ending with a semicolon, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("migration script ends without a semicolon: " + current);
    }
    return out;
  }

  private static String load(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + script, e);
    }
  }
}
