package dev.affectrec.store.jdbc;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.TestEnvironment;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on PostgreSQL at {@code AFFECTREC_TEST_PG_URL}. Each test gets its own schema
 * (dropped afterwards), so runs never see each other's rows. Skipped with a message when the
 * variable is unset, failed when {@code CI=true}.
 */
class PostgresEventStoreTest extends EventStoreContractTest {
  private final List<String> schemas = new ArrayList<>();
  private String schema;

  @Override
  EventStore open(Path dataDir) {
    String url = TestEnvironment.postgresUrl();
    if (schema == null) {
      schema = "t_" + UUID.randomUUID().toString().replace("-", "");
      execute(url, "CREATE SCHEMA " + schema);
      schemas.add(schema);
    }
    String separator = url.contains("?") ? "&" : "?";
    return EventStores.open(StoreConfig.of(dataDir, url + separator + "currentSchema=" + schema));
  }

  @AfterEach
  void dropSchemas() {
    if (schemas.isEmpty()) {
      return;
    }
    for (String name : schemas) {
      execute(TestEnvironment.postgresUrl(), "DROP SCHEMA " + name + " CASCADE");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
    }
  }
}
