package dev.affectrec.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.TestEnvironment;
import dev.affectrec.store.jdbc.PostgresSchemas;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MovieLens 100K through PostgreSQL: import, re-import and a streamed snapshot of every event. */
class PostgresImportTest {
  @TempDir Path dir;

  @Test
  void movieLensImportsReimportsAndStreamsBackOnPostgres() throws Exception {
    Path folder = TestEnvironment.sharedData("movielens-100k");
    try (PostgresSchemas schema = new PostgresSchemas();
        EventStore store = schema.open(dir)) {
      ImportReport first =
          ImportTesting.run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS);
      ImportReport second =
          ImportTesting.run(ImportFormat.MOVIELENS, folder, store, ImportOptions.DEFAULTS);

      assertThat(first).isEqualTo(new ImportReport(100_000, 100_000, 0, 0, List.of()));
      assertThat(second).isEqualTo(new ImportReport(100_000, 0, 100_000, 0, List.of()));
      assertThat(store.stats())
          .isEqualTo(new StoreStats(943, 1682, 100_000, Map.of("rate", 100_000L)));
      AtomicLong streamed = new AtomicLong();
      AtomicLong previousMicros = new AtomicLong(Long.MIN_VALUE);
      try (EventSnapshot snapshot = store.snapshot()) {
        snapshot.forEach(
            e -> {
              long micros = e.time().getEpochSecond() * 1_000_000L;
              assertThat(micros).isGreaterThanOrEqualTo(previousMicros.get());
              previousMicros.set(micros);
              streamed.incrementAndGet();
            });
        assertThat(snapshot.size()).isEqualTo(100_000);
      }
      assertThat(streamed).hasValue(100_000);
    }
  }
}
