package dev.affectrec.store.imports;

import static dev.affectrec.store.imports.ImportTesting.gzip;
import static dev.affectrec.store.imports.ImportTesting.run;
import static dev.affectrec.store.imports.ImportTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsJsonImporterTest extends ImporterTestBase {
  private static final String GOOD_1 =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\","
          + "\"time\":\"2024-05-01T20:00:00+08:00\",\"value\":4,\"extra\":[1,{\"a\":2}],"
          + "\"context\":{\"device\":\"mobile\",\"channel\":\"app\",\"location\":\"Beijing\","
          + "\"locale\":\"zh-CN\",\"session\":\"s1\",\"future\":true}}";
  private static final String GOOD_2 =
      "{\"id\":\"e2\",\"user\":\"u1\",\"type\":\"search\",\"time\":\"2024-05-01T12:01:00Z\","
          + "\"text\":\"红色 连衣裙\",\"value\":null}";

  @Test
  void importsEveryFieldAndSkipsBlankLines() throws Exception {
    Path file = write(dir, "events.jsonl", GOOD_1 + "\n\n  \r\n" + GOOD_2 + "\r\n");
    List<Long> progress = new ArrayList<>();

    ImportReport report =
        Importers.forFormat(ImportFormat.EVENTS)
            .run(file, store, ImportOptions.DEFAULTS, (done, total) -> progress.add(done));

    assertThat(report).isEqualTo(new ImportReport(2, 2, 0, 0, List.of()));
    assertThat(store.eventsOfUser("u1", 10))
        .containsExactlyInAnyOrder(
            new Event(
                "e1",
                "u1",
                "i1",
                EventType.RATE,
                Instant.parse("2024-05-01T12:00:00Z"),
                4.0,
                null,
                new EventContext("mobile", "app", "Beijing", "zh-CN", "s1")),
            new Event(
                "e2",
                "u1",
                null,
                EventType.SEARCH,
                Instant.parse("2024-05-01T12:01:00Z"),
                null,
                "红色 连衣裙",
                EventContext.EMPTY));
    assertThat(progress).last().isEqualTo(Files.size(file));
  }

  /** Found by EventJsonReaderFuzzTest: Jackson read NULs as UTF-32 and aborted the import. */
  @Test
  void aLineJacksonTakesForUtf32IsARejectedRow() throws Exception {
    Path file = write(dir, "nul.jsonl", GOOD_1 + "\n{\u0000\u0000\u0000\u0010\"id\":7}\n" + GOOD_2);

    ImportReport report = run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.line()).isEqualTo(2))
        .satisfies(
            e -> assertThat(e.message()).startsWith("malformed JSON: the line is not UTF-8"));
  }

  @Test
  void badRowsAreReportedWithLineAndFieldAndGoodRowsImported() throws Exception {
    String[] lines = {
      GOOD_1,
      "{\"id\":\"x1\",\"user\":\"u1\"",
      "{\"user\":\"u1\",\"item\":\"i\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}",
      "{\"id\":\"x3\",\"user\":\"u1\",\"item\":\"i\",\"type\":\"rate\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":\"five\"}",
      "{\"id\":\"x4\",\"user\":\"u1\",\"item\":\"i\",\"type\":\"teleport\",\"time\":\"2024-05-01T12:00:00Z\"}",
      "{\"id\":\"x5\",\"user\":\"u1\",\"item\":\"i\",\"type\":\"view\",\"time\":\"yesterday\"}",
      "{\"id\":\"x6\",\"user\":\"u1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}",
      "[1,2]",
      "{\"id\":\"x8\",\"user\":7,\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"} trailing",
      "{\"id\":\"x9\",\"user\":\"u\",\"item\":\"i\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\",\"context\":\"web\"}",
      GOOD_2
    };
    Path file = write(dir, "mixed.jsonl", String.join("\n", lines));

    ImportReport report = run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);

    assertThat(report.read()).isEqualTo(11);
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(9);
    assertThat(report.errors())
        .extracting(RowError::line)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("mixed.jsonl"));
    assertThat(report.errors())
        .extracting(RowError::message)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("malformed JSON"),
            m -> assertThat(m).isEqualTo("id is required"),
            m -> assertThat(m).isEqualTo("value must be a number but was a string"),
            m -> assertThat(m).startsWith("type 'teleport' is not one of: view, click"),
            m -> assertThat(m).contains("time 'yesterday'"),
            m -> assertThat(m).isEqualTo("item is required for type view"),
            m -> assertThat(m).contains("must be a JSON object but is an array"),
            m -> assertThat(m).isEqualTo("user must be a string but was a number"),
            m -> assertThat(m).isEqualTo("context must be an object but was a string"));
  }

  @Test
  void strictImportsNothingWhenAnyRowIsBad() throws Exception {
    Path file = write(dir, "strict.jsonl", GOOD_1 + "\n{oops}\n" + GOOD_2 + "\n");

    ImportReport report =
        run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS.withStrict(true));

    assertThat(report.read()).isEqualTo(3);
    assertThat(report.imported()).isZero();
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.errors()).extracting(RowError::line).containsExactly(2L);
    assertThat(store.stats().events()).isZero();
  }

  @Test
  void strictImportsEverythingWhenAllRowsAreGood() throws Exception {
    Path file = write(dir, "ok.jsonl", GOOD_1 + "\n" + GOOD_2 + "\n" + GOOD_1 + "\n");

    ImportReport report = run(ImportFormat.EVENTS, file, store, new ImportOptions(true, 1, 0));

    assertThat(report).isEqualTo(new ImportReport(3, 2, 1, 0, List.of()));
  }

  @Test
  void errorListIsCappedButCountsStayExact() throws Exception {
    Path file = write(dir, "bad.jsonl", "{\n".repeat(5));

    ImportReport report = run(ImportFormat.EVENTS, file, store, new ImportOptions(false, 10, 2));

    assertThat(report.rejected()).isEqualTo(5);
    assertThat(report.errors()).hasSize(2);
  }

  @Test
  void gzipInputIsReadAndReimportAddsNothing() throws Exception {
    Path file = gzip(dir, "events.jsonl.gz", GOOD_1 + "\n" + GOOD_2 + "\n");

    run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);
    ImportReport again = run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);

    assertThat(again).isEqualTo(new ImportReport(2, 0, 2, 0, List.of()));
  }

  @Test
  void truncatedGzipIsAWholeFileError() throws Exception {
    Path full = gzip(dir, "full.gz", (GOOD_1 + "\n").repeat(2000));
    byte[] bytes = Files.readAllBytes(full);
    Path truncated =
        Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> run(ImportFormat.EVENTS, truncated, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cut.jsonl.gz")
        .hasMessageContaining("truncated");
  }

  @Test
  void wrongEncodingNamesTheLine() throws Exception {
    byte[] latin1 =
        (GOOD_2.replace("红色 连衣裙", "caf\u00e9") + "\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] content = new byte[GOOD_1.length() + 1 + latin1.length];
    System.arraycopy(
        (GOOD_1 + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        0,
        content,
        0,
        GOOD_1.length() + 1);
    System.arraycopy(latin1, 0, content, GOOD_1.length() + 1, latin1.length);
    Path file = Files.write(dir.resolve("latin1.jsonl"), content);

    assertThatThrownBy(() -> run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("latin1.jsonl line 2")
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void missingEmptyAndBlankFilesAreWholeFileErrors() throws Exception {
    Path empty = write(dir, "empty.jsonl", "");
    Path blank = write(dir, "blank.jsonl", "\n  \n");

    assertThatThrownBy(
            () ->
                run(ImportFormat.EVENTS, dir.resolve("nope.jsonl"), store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> run(ImportFormat.EVENTS, empty, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> run(ImportFormat.EVENTS, blank, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no data rows");
    assertThatThrownBy(() -> run(ImportFormat.EVENTS, dir, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a regular file");
  }
}
