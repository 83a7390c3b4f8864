package dev.affectrec.store.imports;

import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each importer test a fresh SQLite store in a temporary directory. */
abstract class ImporterTestBase {
  @TempDir Path dir;
  EventStore store;

  @BeforeEach
  void openStore() {
    store = ImportTesting.sqlite(dir);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }
}
