package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} and {@code --db} options that every command accepts. */
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

  /** Opens the store these options name; the caller closes it. */
  public EventStore open() {
    if (db != null && !db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:sqlite:")) {
      throw new InputException(
          "--db must be a jdbc:postgresql:// or jdbc:sqlite: URL but was '" + db + "'");
    }
    return EventStores.open(InputException.fromInput(() -> StoreConfig.of(dataDir, db)));
  }
}
