package dev.affectrec.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.store.EventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store contract on the embedded SQLite database, plus SQLite-specific settings. */
class SqliteEventStoreTest extends EventStoreContractTest {

  @Override
  EventStore open(Path dataDir) {
    return EventStores.open(StoreConfig.sqlite(dataDir));
  }

  @Test
  void databaseFileIsInWalModeWithSchemaVersionOne() throws Exception {
    String url = StoreConfig.sqlite(dataDir).effectiveJdbcUrl();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
        mode.next();
        assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
      }
      try (ResultSet version = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
        version.next();
        assertThat(version.getInt(1)).isEqualTo(Migrations.latestVersion());
      }
    }
    assertThat(dataDir.resolve(StoreConfig.SQLITE_FILE_NAME)).exists();
  }

  @Test
  void databaseAndWalAreReadableByTheirOwnerOnly() throws Exception {
    Path db = dataDir.resolve(StoreConfig.SQLITE_FILE_NAME);
    store.append(List.of(TestEvents.view("e-perm", "u1", "i1", 1)));
    for (String name : new String[] {db.toString(), db + "-wal", db + "-shm"}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(name))))
          .as(name)
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aWorldReadableDatabaseFromAnOlderVersionIsTightenedOnOpen() throws Exception {
    Path db = dataDir.resolve(StoreConfig.SQLITE_FILE_NAME);
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    open(dataDir).close();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db)))
        .isEqualTo("rw-------");
  }
}
