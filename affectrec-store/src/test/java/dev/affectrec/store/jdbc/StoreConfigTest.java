package dev.affectrec.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsToSqliteInTheDataDirectory() {
    StoreConfig config = StoreConfig.sqlite(dir);

    assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(config.effectiveJdbcUrl())
        .isEqualTo("jdbc:sqlite:" + dir.resolve("affectrec.db").toAbsolutePath());
    assertThat(config.maxPoolSize()).isEqualTo(StoreConfig.DEFAULT_POOL_SIZE);
  }

  @Test
  void recognisesPostgresUrls() {
    StoreConfig config = StoreConfig.of(dir, "jdbc:postgresql://127.0.0.1:5432/db?user=a");

    assertThat(config.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(config.effectiveJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/db?user=a");
  }

  @Test
  void rejectsBadValuesNamingTheField() {
    assertThatThrownBy(() -> StoreConfig.of(dir, "jdbc:mysql://x/y?password=secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("db must be")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> new StoreConfig(dir, null, 0, Duration.ofSeconds(1)))
        .hasMessageContaining("maxPoolSize");
    assertThatThrownBy(() -> new StoreConfig(dir, null, 1, Duration.ZERO))
        .hasMessageContaining("busyTimeout");
    assertThatThrownBy(() -> StoreConfig.of(null, null)).hasMessageContaining("dataDir");
  }

  @Test
  void unreachablePostgresFailsWithoutLeakingThePassword() {
    StoreConfig config =
        new StoreConfig(
            dir,
            "jdbc:postgresql://127.0.0.1:1/none?user=x&password=hunter2",
            1,
            Duration.ofMillis(500));

    assertThatThrownBy(() -> EventStores.open(config))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("PostgreSQL database at 127.0.0.1:1/none")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
    assertThatThrownBy(() -> Migrations.statements("CREATE TABLE a (x INT)"))
        .hasMessageContaining("semicolon");
  }

  @Test
  void locationNamesTheFileOrHostAndPortButNeverCredentials() {
    Path dir = Path.of("some", "data");
    assertThat(StoreConfig.sqlite(dir).location())
        .isEqualTo(dir.resolve(StoreConfig.SQLITE_FILE_NAME).toAbsolutePath().toString());
    assertThat(
            StoreConfig.of(dir, "jdbc:postgresql://db.example:6543/shop?password=s3cret")
                .location())
        .isEqualTo("db.example:6543/shop");
    assertThat(StoreConfig.of(dir, "jdbc:postgresql://db.example/shop?user=u").location())
        .isEqualTo("db.example:5432/shop");
    assertThat(StoreConfig.of(dir, "jdbc:postgresql://a:1,b/shop").location())
        .isEqualTo("a:1,b:5432/shop");
    assertThat(StoreConfig.of(dir, "jdbc:sqlite:/tmp/x.db?journal_mode=wal").location())
        .isEqualTo("/tmp/x.db");
  }
}
