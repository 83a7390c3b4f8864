package dev.affectrec.store.jdbc;

import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;

/** Opens event stores. The one entry point callers need besides {@link StoreConfig}. */
public final class EventStores {
  private EventStores() {}

  /**
   * Opens (creating when missing) the store that {@code config} describes and migrates its schema
   * to the newest version.
   *
   * @return a thread-safe store; close it when done
   * @throws StoreException if the database cannot be reached or migrated; the message names the
   *     database kind but never the password
   */
  public static EventStore open(StoreConfig config) {
    ConnectionPools pools;
    try {
      pools = ConnectionPools.open(config);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open the " + config.dialect() + " database: " + rootMessage(e), e);
    }
    try (Connection connection = pools.writes().getConnection()) {
      Migrations.apply(connection);
    } catch (SQLException | RuntimeException e) {
      pools.close();
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException(
          "cannot migrate the " + config.dialect() + " database: " + rootMessage(e), e);
    }
    return new JdbcEventStore(pools, config.dialect());
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
