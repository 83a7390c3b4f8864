package dev.affectrec.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection pools of one store: one for writes and one for reads.
 *
 * <p>On SQLite the write pool holds a single connection that starts its transactions with {@code
 * BEGIN IMMEDIATE}, so there is exactly one writer in this process and it takes the database write
 * lock up front instead of failing on a lock upgrade; readers use separate connections and see
 * committed snapshots through the write-ahead log. Every SQLite connection runs with {@code
 * journal_mode=WAL} and {@code synchronous=FULL}, so a commit is on disk before it returns, and
 * with {@code secure_delete=ON}, so deleted rows are overwritten with zeros instead of left in free
 * pages.
 *
 * <p>On PostgreSQL both roles share one pool; durability comes from the server's default {@code
 * synchronous_commit=on}.
 */
record ConnectionPools(HikariDataSource writes, HikariDataSource reads) implements AutoCloseable {
  /** SQLite page cache per connection, in KiB: big enough to keep index pages of bulk imports. */
  static final int CACHE_KIB = 64 * 1024;

  /**
   * Write-ahead log size, in 4 KiB pages, at which a commit copies the log back into the database
   * (SQLite's default is 1,000). Fewer, larger checkpoints make bulk imports faster.
   */
  static final int WAL_CHECKPOINT_PAGES = 16_384;

  static ConnectionPools open(StoreConfig config) {
    return config.dialect() == Dialect.POSTGRESQL ? postgres(config) : sqlite(config);
  }

  private static ConnectionPools postgres(StoreConfig config) {
    HikariConfig hikari = base(config, "affectrec-postgres", config.maxPoolSize());
    hikari.setJdbcUrl(config.effectiveJdbcUrl());
    hikari.setMinimumIdle(1);
    HikariDataSource pool = new HikariDataSource(hikari);
    return new ConnectionPools(pool, pool);
  }

  private static ConnectionPools sqlite(StoreConfig config) {
    if (config.jdbcUrl() == null) {
      try {
        Files.createDirectories(config.dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
      }
      SqliteFiles.restrict(config.dataDir().resolve(StoreConfig.SQLITE_FILE_NAME));
    }
    HikariConfig writer = base(config, "affectrec-sqlite-writer", 1);
    writer.setConnectionInitSql("PRAGMA wal_autocheckpoint=" + WAL_CHECKPOINT_PAGES);
    writer.setDataSource(sqliteSource(config, SQLiteConfig.TransactionMode.IMMEDIATE));
    HikariConfig reader = base(config, "affectrec-sqlite-reader", config.maxPoolSize());
    reader.setDataSource(sqliteSource(config, SQLiteConfig.TransactionMode.DEFERRED));
    reader.setMinimumIdle(1);
    HikariDataSource writes = new HikariDataSource(writer);
    try {
      ConnectionPools pools = new ConnectionPools(writes, new HikariDataSource(reader));
      if (config.jdbcUrl() == null) {
        SqliteFiles.restrict(config.dataDir().resolve(StoreConfig.SQLITE_FILE_NAME));
      }
      return pools;
    } catch (RuntimeException e) {
      writes.close();
      throw e;
    }
  }

  private static SQLiteDataSource sqliteSource(
      StoreConfig config, SQLiteConfig.TransactionMode mode) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    sqlite.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, config.busyTimeout().toMillis()));
    sqlite.setTransactionMode(mode);
    sqlite.setCacheSize(-CACHE_KIB);
    sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // Deleted content is overwritten with zeros, so an erased user leaves no bytes in free pages.
    sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "ON");
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl(config.effectiveJdbcUrl());
    return source;
  }

  private static HikariConfig base(StoreConfig config, String name, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(name);
    hikari.setMaximumPoolSize(size);
    hikari.setAutoCommit(true);
    hikari.setConnectionTimeout(Math.max(250, config.busyTimeout().toMillis()));
    return hikari;
  }

  @Override
  public void close() {
    reads.close();
    writes.close();
  }
}
