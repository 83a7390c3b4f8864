package dev.affectrec.store.jdbc;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/** Opens event stores. The one entry point callers need besides {@link StoreConfig}. */
public final class EventStores {
  private EventStores() {}

  /**
   * Opens (creating when missing) the store that {@code config} describes and migrates its schema
   * to the newest version.
   *
   * <p>The store follows the {@link EventStore} contract. Beyond it: event times are stored with
   * microsecond precision (finer digits are truncated), and {@link EventStore#append} throws {@link
   * IllegalArgumentException}, storing nothing, for a time more than about 292,000 years from 1970.
   *
   * @return a thread-safe store; close it when done
   * @throws StoreException if the database cannot be reached or migrated; the message names the
   *     database kind but never the password
   */
  public static EventStore open(StoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  /**
   * Opens the store as {@link #open(StoreConfig)} does, recording {@code clock}'s time as the time
   * each missing migration was applied.
   *
   * @param clock never null
   */
  public static EventStore open(StoreConfig config, Clock clock) {
    Objects.requireNonNull(clock, "clock is required");
    ConnectionPools pools;
    try {
      pools = ConnectionPools.open(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          (config.dialect() == Dialect.POSTGRESQL
                  ? "cannot connect to the PostgreSQL database at " + config.location()
                  : "cannot open the SQLite database " + config.location())
              + ": "
              + rootMessage(e)
              + "; "
              + remedy(config),
          e);
    }
    try (Connection connection = pools.writes().getConnection()) {
      Migrations.apply(connection, clock);
    } catch (SQLException | RuntimeException e) {
      pools.close();
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException(
          "cannot set up the "
              + (config.dialect() == Dialect.POSTGRESQL ? "PostgreSQL" : "SQLite")
              + " database at "
              + config.location()
              + ": "
              + rootMessage(e)
              + "; "
              + remedy(config),
          e);
    }
    JdbcEventStore store = new JdbcEventStore(pools, config);
    if (config.dialect() == Dialect.SQLITE) {
      // A crash leaves old page images (of rows erased since) in the write-ahead log.
      store.checkpointTruncate();
    }
    return store;
  }

  /** What to check when {@code config}'s database cannot be opened. */
  static String remedy(StoreConfig config) {
    if (config.dialect() == Dialect.POSTGRESQL) {
      return "check that the server runs there and that the URL's host, port, database, user and"
          + " password are right";
    }
    Path dir = Path.of(config.location()).toAbsolutePath().getParent();
    try {
      if (Files.isDirectory(dir) && Files.getFileStore(dir).getUsableSpace() == 0) {
        return "the disk holding " + dir + " is full; free space there and try again";
      }
    } catch (IOException e) {
      // No answer about free space: fall back to the general advice.
    }
    return "check that " + dir + " is a writable directory with free space";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
