package dev.affectrec.store.jdbc;

import dev.affectrec.store.StoreException;
import dev.affectrec.store.StoreLock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named locks shared by every process on one store: on PostgreSQL a session advisory lock ({@code
 * pg_try_advisory_lock}) on a connection held until release, keyed by the first 8 bytes of the
 * SHA-256 of {@code "affectrec:<schema>:<name>"} (so stores in other schemas of the database do not
 * contend); on SQLite an exclusive lock on the file {@code <data-dir>/<name>.lock} ({@link
 * FileChannel#tryLock}), which also excludes a second holder in the same process.
 */
final class StoreLocks {
  private static final Logger LOG = LoggerFactory.getLogger(StoreLocks.class);

  private StoreLocks() {}

  /** The PostgreSQL advisory-lock key of {@code name} (schema-qualified). */
  static long key(String name) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("affectrec:" + name).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (hash[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Takes {@code name} on PostgreSQL, holding one connection of {@code pool} while held. */
  static Optional<StoreLock> postgres(DataSource pool, String name, String location) {
    Connection connection = null;
    try {
      connection = pool.getConnection();
      long key = key(connection.getSchema() + ":" + name);
      if (!ask(connection, "SELECT pg_try_advisory_lock(?)", key)) {
        connection.close();
        return Optional.empty();
      }
      Connection held = connection;
      AtomicBoolean released = new AtomicBoolean();
      return Optional.of(
          () -> {
            if (released.compareAndSet(false, true)) {
              try (held) {
                ask(held, "SELECT pg_advisory_unlock(?)", key);
              } catch (SQLException e) {
                // Closing the connection ends the session, and the lock with it.
                LOG.warn("could not release the {} lock in {}: {}", name, location, e.getMessage());
              }
            }
          });
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new StoreException(
          "taking the " + name + " lock failed in " + location + ": " + e.getMessage(), e);
    }
  }

  private static boolean ask(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // already failing
      }
    }
  }

  /** Takes {@code name} as the file {@code <dir>/<name>.lock}. */
  static Optional<StoreLock> file(Path dir, String name) {
    Path file = dir.resolve(name + ".lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this process
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      FileChannel open = channel;
      FileLock held = lock;
      AtomicBoolean released = new AtomicBoolean();
      return Optional.of(
          () -> {
            if (released.compareAndSet(false, true)) {
              try (open) {
                held.release();
              } catch (IOException e) {
                LOG.warn("could not release the lock file {}: {}", file, e.getMessage());
              }
            }
          });
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // already failing
        }
      }
      throw new StoreException("cannot take the lock file " + file + ": " + e.getMessage(), e);
    }
  }
}
