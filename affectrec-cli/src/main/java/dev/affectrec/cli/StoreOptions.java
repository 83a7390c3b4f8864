package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} and {@code --db} options of every command that uses the store. */
public final class StoreOptions {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "affectrec-data")
  Path dataDir;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "JDBC URL of a PostgreSQL database (jdbc:postgresql://...); default: SQLite in the data directory.")
  String db;

  /** The data directory (may not exist yet). */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Opens the store these options name, creating it when missing (for the commands that fill a
   * store: {@code import}, {@code serve}, {@code demo}, {@code keys create}); the caller closes it.
   */
  public EventStore open() {
    if (db != null && !db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:sqlite:")) {
      throw new InputException(
          "--db must be a jdbc:postgresql:// or jdbc:sqlite: URL but was '" + db + "'");
    }
    return EventStores.open(InputException.fromInput(() -> StoreConfig.of(dataDir, db)));
  }

  /**
   * Opens a store that must exist already, for the commands that only read it: a mistyped {@code
   * --data-dir} is an input error naming the path, never a new empty store. With {@code --db} the
   * database is the store and must exist already anyway.
   *
   * @throws InputException when there is no {@code --db} and the data directory holds no store
   */
  public EventStore openExisting() {
    if (db == null && !Files.isRegularFile(dataDir.resolve(StoreConfig.SQLITE_FILE_NAME))) {
      throw new InputException(
          (Files.isDirectory(dataDir)
                  ? "data directory " + dataDir.toAbsolutePath() + " holds no store"
                  : "data directory " + dataDir.toAbsolutePath() + " does not exist")
              + "; give --data-dir of an existing store, or fill one with"
              + " 'affectrec import' or 'affectrec demo'");
    }
    return open();
  }
}
