package dev.affectrec.store.jdbc;

import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on PostgreSQL at {@code AFFECTREC_TEST_PG_URL}, each test in its own schema.
 * Skipped with a message when the variable is unset, failed when {@code CI=true}.
 */
class PostgresEventStoreTest extends EventStoreContractTest {
  private PostgresSchemas schema;

  @Override
  EventStore open(Path dataDir) {
    if (schema == null) {
      schema = new PostgresSchemas();
    }
    return schema.open(dataDir);
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      schema.close();
    }
  }
}
