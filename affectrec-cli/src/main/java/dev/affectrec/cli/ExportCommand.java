package dev.affectrec.cli;

import dev.affectrec.api.InputException;
import dev.affectrec.store.EventStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code affectrec export --format parquet --out DIR}: writes every event of the store as Parquet
 * files with the columns of the events table, the snapshot {@code train --engine spark} reads, for
 * a cluster that cannot reach the store. Written by the spark engine ({@link SparkClasspath}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every event of the store to a directory, for a Spark cluster that cannot reach the"
          + " store: --format parquet, one column per column of the events table."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "parquet (the only one so far).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[2]",
      description = "Spark master that writes the files (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("parquet")) {
      throw new InputException("--format must be parquet but was '" + format + "'");
    }
    long events =
        SparkClasspath.call(
            () -> {
              try (EventStore stored = store.openExisting()) {
                return SparkClasspath.engine().writeSnapshot(stored, out, master);
              }
            });
    spec.commandLine()
        .getErr()
        .printf(Locale.ROOT, "wrote %,d events to %s (parquet)%n", events, out);
    return ExitCodes.OK;
  }
}
