package dev.affectrec.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.store.EventStore;
import dev.affectrec.testkit.FileBytes;
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

  /**
   * Erasure leaves no byte of the user in the database, its write-ahead log or its shared-memory
   * file: deleted rows are overwritten ({@code secure_delete}) and the log, which still holds the
   * page images written before the deletion, is checkpointed and truncated. Checked while the store
   * is open (as after a kill -9) and after a clean close.
   */
  @Test
  void anErasedUserLeavesNoByteInTheDatabaseFiles() throws Exception {
    String secret = "a-review-nobody-else-wrote-" + System.nanoTime();
    List<dev.affectrec.api.event.Event> events = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      events.add(TestEvents.view("keep-" + i, "other-" + (i % 7), "i" + (i % 11), i));
    }
    store.append(events);
    store.putUsers(
        List.of(
            new dev.affectrec.api.event.User(
                "erased-user-xyz", java.util.Map.of("city", "Erasedtown"), TestEvents.T0)));
    store.append(
        List.of(
            TestEvents.review("r1", "erased-user-xyz", "i1", secret),
            TestEvents.view("v1", "erased-user-xyz", "i2", 1)));
    store.putReadings(
        List.of(
            reading(
                dev.affectrec.api.emotion.Subject.user("erased-user-xyz"),
                TestEvents.T0,
                dev.affectrec.api.emotion.Emotion.JOY,
                "r1")));

    assertThat(store.deleteUser("erased-user-xyz")).isTrue();

    for (String needle : List.of("erased-user-xyz", secret, "Erasedtown")) {
      assertThat(FileBytes.filesContaining(dataDir, needle)).as(needle).isEmpty();
    }
    store.close();
    for (String needle : List.of("erased-user-xyz", secret, "Erasedtown")) {
      assertThat(FileBytes.filesContaining(dataDir, needle)).as(needle).isEmpty();
    }
    store = open(dataDir);
    assertThat(store.stats().events()).isEqualTo(300);
  }
}
