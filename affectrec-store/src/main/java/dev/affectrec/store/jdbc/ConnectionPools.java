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
 * journal_mode=WAL} and {@code synchronous=FULL}, so a commit is on disk before it returns.
 *
 * <p>On PostgreSQL both roles share one pool; durability comes from the server's default {@code
 * synchronous_commit=on}.
 */
record ConnectionPools(HikariDataSource writes, HikariDataSource reads) implements AutoCloseable {

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
    }
    HikariConfig writer = base(config, "affectrec-sqlite-writer", 1);
    writer.setDataSource(sqliteSource(config, SQLiteConfig.TransactionMode.IMMEDIATE));
    HikariConfig reader = base(config, "affectrec-sqlite-reader", config.maxPoolSize());
    reader.setDataSource(sqliteSource(config, SQLiteConfig.TransactionMode.DEFERRED));
    reader.setMinimumIdle(1);
    HikariDataSource writes = new HikariDataSource(writer);
    try {
      return new ConnectionPools(writes, new HikariDataSource(reader));
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
