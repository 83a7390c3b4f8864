package dev.affectrec.spark;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes every event of a store, from one consistent snapshot, as Parquet files in a directory with
 * the columns of the events table ({@link EventColumns}): what {@code affectrec export --format
 * parquet} writes for a remote cluster, and what {@code affectrec train --engine spark} writes for
 * itself from a SQLite store. Events are streamed from the store and written in chunks of {@link
 * #CHUNK} rows, so memory does not grow with the store.
 */
final class ParquetSnapshot {
  /** Events per written chunk (one Parquet file or more each). */
  static final int CHUNK = 200_000;

  private ParquetSnapshot() {}

  /**
   * Replaces {@code dir} with a snapshot of {@code store}.
   *
   * @return the number of events written
   */
  static long write(SparkSession spark, EventStore store, Path dir) {
    Objects.requireNonNull(store, "store is required");
    String target = dir.toAbsolutePath().toString();
    List<Row> chunk = new ArrayList<>();
    long[] written = {0};
    boolean[] first = {true};
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEach(
          e -> {
            chunk.add(row(e));
            if (chunk.size() == CHUNK) {
              flush(spark, chunk, target, first);
              written[0] += CHUNK;
            }
          });
    }
    if (!chunk.isEmpty() || first[0]) {
      written[0] += chunk.size();
      flush(spark, chunk, target, first);
    }
    return written[0];
  }

  private static void flush(SparkSession spark, List<Row> chunk, String target, boolean[] first) {
    spark
        .createDataFrame(chunk, EventColumns.SCHEMA)
        .coalesce(1)
        .write()
        .mode(first[0] ? SaveMode.Overwrite : SaveMode.Append)
        .parquet(target);
    first[0] = false;
    chunk.clear();
  }

  private static Row row(Event e) {
    EventContext c = e.context();
    return RowFactory.create(
        e.id(),
        e.user(),
        e.item(),
        e.type().wireName(),
        e.time().getEpochSecond() * 1_000_000 + e.time().getNano() / 1_000,
        e.value(),
        e.text(),
        c.device(),
        c.channel(),
        c.location(),
        c.locale(),
        c.session());
  }
}
