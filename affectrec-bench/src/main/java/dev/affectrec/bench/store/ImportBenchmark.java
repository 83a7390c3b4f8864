package dev.affectrec.bench.store;

import dev.affectrec.api.event.Event;
import dev.affectrec.bench.OneForkBenchmark;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.imports.ImportFormat;
import dev.affectrec.store.imports.ImportOptions;
import dev.affectrec.store.imports.ImportProgress;
import dev.affectrec.store.imports.ImportReport;
import dev.affectrec.store.imports.Importers;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk import throughput into a fresh SQLite store (durable commits, default batch of 5,000), in
 * events per second: each operation imports 100,000 events into an empty database.
 *
 * <ul>
 *   <li>{@code movieLens}: the MovieLens 100K importer (u.item, u.user, then u.data);
 *   <li>{@code jsonLines}: the events importer on a generated 100,000-line JSON Lines file;
 *   <li>{@code jsonLinesParseOnly}, {@code movieLensParseOnly}: the same importers into a store
 *       that discards everything: reading and parsing alone;
 *   <li>{@code appendParsed}: {@link EventStore#append} of the same 100,000 MovieLens events
 *       already parsed, so parsing is out of the picture;
 *   <li>{@code rawJdbcBaseline}: plain JDBC batch inserts of those rows into an identical {@code
 *       events} table with the same pragmas and batch size, without duplicate counting or user and
 *       item rows: the floor our store code adds to.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ImportBenchmark extends OneForkBenchmark {
  private static final int EVENTS = 100_000;

  /** Events per transaction: the importer default (5,000) and a bulk-load setting. */
  @Param({"5000", "50000"})
  public int batchSize;

  private Path work;
  private Path jsonLines;
  private Path dataDir;
  private List<Event> movieLensEvents;
  private EventStore store;

  /** Generates the inputs once. */
  @Setup(Level.Trial)
  public void prepare() throws IOException {
    work = Files.createTempDirectory("affectrec-bench");
    jsonLines = BenchmarkInputs.jsonLines(work.resolve("events.jsonl"));
    Path scratch = work.resolve("parse");
    try (EventStore parser = EventStores.open(StoreConfig.sqlite(scratch))) {
      Importers.forFormat(ImportFormat.MOVIELENS)
          .run(BenchmarkInputs.movieLens(), parser, ImportOptions.DEFAULTS, ImportProgress.NONE);
      movieLensEvents = new ArrayList<>(EVENTS);
      try (EventSnapshot snapshot = parser.snapshot()) {
        snapshot.forEach(movieLensEvents::add);
      }
    }
  }

  /** A fresh, empty store (or database file) for every operation. */
  @Setup(Level.Invocation)
  public void openStore() throws IOException {
    dataDir = Files.createTempDirectory(work, "store");
    store = EventStores.open(StoreConfig.sqlite(dataDir));
  }

  @TearDown(Level.Invocation)
  public void closeStore() {
    store.close();
    BenchmarkInputs.deleteTree(dataDir);
  }

  @TearDown(Level.Trial)
  public void cleanUp() {
    BenchmarkInputs.deleteTree(work);
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long movieLens() throws IOException {
    return check(
        Importers.forFormat(ImportFormat.MOVIELENS)
            .run(BenchmarkInputs.movieLens(), store, options(), ImportProgress.NONE));
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long jsonLines() throws IOException {
    return check(
        Importers.forFormat(ImportFormat.EVENTS)
            .run(jsonLines, store, options(), ImportProgress.NONE));
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long jsonLinesParseOnly() throws IOException {
    return check(
        Importers.forFormat(ImportFormat.EVENTS)
            .run(jsonLines, new DiscardingStore(), options(), ImportProgress.NONE));
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long movieLensParseOnly() throws IOException {
    return check(
        Importers.forFormat(ImportFormat.MOVIELENS)
            .run(
                BenchmarkInputs.movieLens(),
                new DiscardingStore(),
                options(),
                ImportProgress.NONE));
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long appendParsed() {
    long inserted = 0;
    for (int from = 0; from < movieLensEvents.size(); from += batchSize) {
      List<Event> slice =
          movieLensEvents.subList(from, Math.min(movieLensEvents.size(), from + batchSize));
      inserted += store.append(slice).inserted();
    }
    return inserted;
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long rawJdbcBaseline() throws Exception {
    return RawJdbcInsert.insert(dataDir.resolve("raw.db"), movieLensEvents, batchSize);
  }

  private ImportOptions options() {
    return new ImportOptions(false, batchSize, 100);
  }

  private static long check(ImportReport report) {
    if (report.imported() != EVENTS) {
      throw new IllegalStateException("expected " + EVENTS + " new events but got " + report);
    }
    return report.imported();
  }
}
