package dev.affectrec.store.jdbc;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.TestEnvironment;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A private schema in the PostgreSQL test database, so that tests never see each other's rows.
 * Skips the test (fails it on CI) when {@code AFFECTREC_TEST_PG_URL} is unset.
 */
public final class PostgresSchemas implements AutoCloseable {
  private final String url = TestEnvironment.postgresUrl();
  private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "");

  /** Creates the schema. */
  public PostgresSchemas() {
    execute("CREATE SCHEMA " + schema);
  }

  /** Opens a store whose tables live in this schema. */
  public EventStore open(Path dataDir) {
    String separator = url.contains("?") ? "&" : "?";
    return EventStores.open(StoreConfig.of(dataDir, url + separator + "currentSchema=" + schema));
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
    }
  }
}
