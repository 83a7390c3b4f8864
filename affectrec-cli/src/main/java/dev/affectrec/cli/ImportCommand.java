package dev.affectrec.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.InputException;
import dev.affectrec.io.progress.ProgressBar;
import dev.affectrec.kafka.KafkaEventPublisher;
import dev.affectrec.kafka.KafkaTarget;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.imports.ImportFormat;
import dev.affectrec.store.imports.ImportOptions;
import dev.affectrec.store.imports.ImportReport;
import dev.affectrec.store.imports.Importers;
import dev.affectrec.store.imports.RowError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code affectrec import --format F PATH}: loads a file or folder into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports users, items and events into the store.",
      "Bad rows are reported with their line number and skipped; --strict imports nothing from a file with a bad row.",
      "Re-importing the same data adds nothing (events are keyed by id).",
      "With --kafka the events are published to a Kafka topic (for 'serve --kafka' to store)"
          + " instead of written to the store; items and users of the input are not published."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Mixin KafkaOption kafka;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description =
          "One of: movielens (a folder with u.data, u.item, u.user, u.genre), amazon (review JSON Lines, plain or .gz), events (AffectRec JSON Lines), csv (see docs/IMPORT-FORMATS.md).",
      converter = FormatConverter.class)
  ImportFormat format;

  @Parameters(paramLabel = "PATH", description = "The file or folder to import.")
  Path input;

  @Option(names = "--strict", description = "Import nothing if any row is bad.")
  boolean strict;

  @Option(
      names = "--json",
      description = "Print the report as one JSON object on the last line of stdout.")
  boolean json;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Events per transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input + " (no such file or folder)");
    }
    ImportOptions options =
        InputException.fromInput(
            () -> new ImportOptions(strict, batchSize, ImportOptions.DEFAULTS.maxReportedErrors()));
    KafkaTarget target = kafka.target();
    long started = System.nanoTime();
    ImportReport report;
    if (target == null) {
      try (EventStore events = store.open();
          ProgressBar bar = ProgressBar.onConsole("importing " + input.getFileName())) {
        report = Importers.forFormat(format).run(input, events, options, bar::update);
      }
    } else {
      try (KafkaEventPublisher publisher = new KafkaEventPublisher(target);
          ProgressBar bar = ProgressBar.onConsole("publishing " + input.getFileName())) {
        report = Importers.forFormat(format).run(input, publisher, options, bar::update);
        if (publisher.skippedItems() + publisher.skippedUsers() > 0) {
          spec.commandLine()
              .getErr()
              .printf(
                  Locale.ROOT,
                  "not published: %,d items and %,d users (Kafka carries events only; import"
                      + " them into the store without --kafka)%n",
                  publisher.skippedItems(),
                  publisher.skippedUsers());
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    print(report, seconds, target == null ? "imported" : "published to Kafka " + target);
    return strict && report.rejected() > 0 ? ExitCodes.USAGE : ExitCodes.OK;
  }

  private void print(ImportReport report, double seconds, String imported) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (RowError error : report.errors()) {
      err.println(error.file() + ":" + error.line() + ": " + error.message());
    }
    if (report.rejected() > report.errors().size()) {
      err.println(
          "... and " + (report.rejected() - report.errors().size()) + " more rejected rows");
    }
    String summary =
        String.format(
            Locale.ROOT,
            "read %,d rows: %s %,d, duplicates %,d, rejected %,d in %.1f s (%,.0f rows/s)%s",
            report.read(),
            imported,
            report.imported(),
            report.duplicates(),
            report.rejected(),
            seconds,
            report.read() / Math.max(seconds, 1e-9),
            strict && report.rejected() > 0 ? "; --strict: nothing was imported" : "");
    if (json) {
      err.println(summary);
      out.println(new ObjectMapper().writeValueAsString(toJson(report)));
    } else {
      out.println(summary);
    }
    out.flush();
  }

  private static Map<String, Object> toJson(ImportReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("read", report.read());
    json.put("imported", report.imported());
    json.put("duplicates", report.duplicates());
    json.put("rejected", report.rejected());
    List<Map<String, Object>> errors =
        report.errors().stream()
            .map(
                e ->
                    Map.<String, Object>of(
                        "file", e.file(), "line", e.line(), "message", e.message()))
            .toList();
    json.put("errors", errors);
    return json;
  }
}
