package dev.affectrec.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each migration records the time of the clock the store was opened with. */
class MigrationClockTest {
  @Test
  void migrationsRecordTheInjectedClocksTime(@TempDir Path dataDir) throws Exception {
    Instant now = Instant.parse("2026-03-04T05:06:07.123456Z");
    StoreConfig config = StoreConfig.sqlite(dataDir);
    try (EventStore store = EventStores.open(config, Clock.fixed(now, ZoneOffset.UTC))) {
      assertThat(store).isNotNull();
    }
    try (Connection connection = DriverManager.getConnection(config.effectiveJdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT applied_us FROM schema_version")) {
      int count = 0;
      while (rows.next()) {
        assertThat(EpochMicros.toInstant(rows.getLong(1))).isEqualTo(now);
        count++;
      }
      assertThat(count).isEqualTo(Migrations.latestVersion());
    }
  }
}
