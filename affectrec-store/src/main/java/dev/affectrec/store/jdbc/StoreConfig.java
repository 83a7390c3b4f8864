package dev.affectrec.store.jdbc;

import dev.affectrec.api.Arguments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to open an event store. Immutable; validated at construction.
 *
 * @param dataDir directory for the embedded SQLite database file ({@value #SQLITE_FILE_NAME});
 *     created when missing; never null (kept even when {@code jdbcUrl} points elsewhere)
 * @param jdbcUrl null for the embedded SQLite database in {@code dataDir}, otherwise a {@code
 *     jdbc:postgresql://...} URL (user and password as URL parameters) or a {@code jdbc:sqlite:}
 *     URL
 * @param maxPoolSize most open connections for reads (and for writes on PostgreSQL), at least 1
 * @param busyTimeout how long a connection waits for a lock held by another process or for a free
 *     pooled connection before failing; positive
 */
public record StoreConfig(Path dataDir, String jdbcUrl, int maxPoolSize, Duration busyTimeout) {

  /** Name of the SQLite database file inside {@link #dataDir()}. */
  public static final String SQLITE_FILE_NAME = "affectrec.db";

  /** Default {@link #maxPoolSize()}. */
  public static final int DEFAULT_POOL_SIZE = 8;

  /** Default {@link #busyTimeout()}. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException naming the field that is invalid
   */
  public StoreConfig {
    Objects.requireNonNull(dataDir, "dataDir is required");
    if (jdbcUrl != null && !(isPostgresUrl(jdbcUrl) || jdbcUrl.startsWith("jdbc:sqlite:"))) {
      throw new IllegalArgumentException(
          "db must be a jdbc:postgresql://... or jdbc:sqlite:... URL but starts with '"
              + jdbcUrl.substring(0, Math.min(jdbcUrl.length(), 16))
              + "'");
    }
    Arguments.requireAtLeast(maxPoolSize, 1, "maxPoolSize");
    Objects.requireNonNull(busyTimeout, "busyTimeout is required");
    if (busyTimeout.isNegative() || busyTimeout.isZero()) {
      throw new IllegalArgumentException("busyTimeout must be positive but was " + busyTimeout);
    }
  }

  /**
   * The usual configuration: SQLite in {@code dataDir} when {@code jdbcUrl} is null, the given
   * database otherwise, with default pool size and timeout.
   */
  public static StoreConfig of(Path dataDir, String jdbcUrl) {
    return new StoreConfig(dataDir, jdbcUrl, DEFAULT_POOL_SIZE, DEFAULT_BUSY_TIMEOUT);
  }

  /** The embedded SQLite database in {@code dataDir} with defaults. */
  public static StoreConfig sqlite(Path dataDir) {
    return of(dataDir, null);
  }

  /** Which database this configuration opens. */
  public Dialect dialect() {
    return jdbcUrl != null && isPostgresUrl(jdbcUrl) ? Dialect.POSTGRESQL : Dialect.SQLITE;
  }

  /** The JDBC URL actually used: {@link #jdbcUrl()} or the SQLite file in {@link #dataDir()}. */
  public String effectiveJdbcUrl() {
    return jdbcUrl != null
        ? jdbcUrl
        : "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE_NAME).toAbsolutePath();
  }

  /**
   * Where the store lives, for messages: the absolute path of the SQLite file, or {@code
   * host:port/database} of a PostgreSQL URL (port 5432 when the URL has none). Never a user name or
   * password.
   */
  public String location() {
    String url = effectiveJdbcUrl();
    if (dialect() == Dialect.SQLITE) {
      String file = url.substring("jdbc:sqlite:".length());
      return file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
    }
    String rest = url.substring("jdbc:postgresql://".length());
    int end = rest.indexOf('?');
    rest = end < 0 ? rest : rest.substring(0, end);
    int slash = rest.indexOf('/');
    String hosts = slash < 0 ? rest : rest.substring(0, slash);
    String database = slash < 0 ? "" : rest.substring(slash);
    hosts = hosts.substring(hosts.lastIndexOf('@') + 1);
    StringBuilder out = new StringBuilder();
    for (String host : hosts.split(",")) {
      boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
      out.append(out.length() == 0 ? "" : ",").append(hasPort ? host : host + ":5432");
    }
    return out + database;
  }

  private static boolean isPostgresUrl(String url) {
    return url.startsWith("jdbc:postgresql://");
  }
}
