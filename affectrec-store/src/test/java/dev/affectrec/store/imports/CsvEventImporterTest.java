package dev.affectrec.store.imports;

import static dev.affectrec.store.imports.ImportTesting.run;
import static dev.affectrec.store.imports.ImportTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvEventImporterTest extends ImporterTestBase {
  @Test
  void importsQuotedMultiLineFieldsInAnyColumnOrder() throws Exception {
    Path file =
        write(
            dir,
            "events.csv",
            "time,type,user,item,id,value,text,locale\n"
                + "2024-05-01T12:00:00Z,review,u1,i1,e1,5,\"Great, \"\"really\"\"\nsecond line\",en\n"
                + "2024-05-01T12:05:00Z,view,u1,i2,e2,,,\n");

    ImportReport report = run(ImportFormat.CSV, file, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(2);
    assertThat(store.eventsOfUser("u1", 10))
        .containsExactly(
            new Event(
                "e2",
                "u1",
                "i2",
                EventType.VIEW,
                Instant.parse("2024-05-01T12:05:00Z"),
                null,
                null,
                EventContext.EMPTY),
            new Event(
                "e1",
                "u1",
                "i1",
                EventType.REVIEW,
                Instant.parse("2024-05-01T12:00:00Z"),
                5.0,
                "Great, \"really\"\nsecond line",
                new EventContext(null, null, null, "en", null)));
  }

  @Test
  void rowsOutsideTheValueRangesAreRefusedAsOverRest() throws Exception {
    Path file =
        write(
            dir,
            "ranges.csv",
            """
            id,user,item,type,time,value,text
            e1,u1,i1,rate,2024-05-01T12:00:00Z,-5,
            e2,u1,i1,rate,2024-05-01T12:00:00Z,1e9,
            e3,u1,i1,search,2024-05-01T12:00:00Z,,red dress
            e4,u1,i1,view,+99999-05-01T12:00:00Z,,
            e5,u1,i1,view,0001-05-01T12:00:00Z,,
            e6,u1,i1,rate,2024-05-01T12:00:00Z,5,
            """);

    ImportReport report = run(ImportFormat.CSV, file, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(RowError::line, RowError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2L, "value (the rating) must be between 0.0 and 5.0 stars but was -5.0"),
            org.assertj.core.groups.Tuple.tuple(
                3L, "value (the rating) must be between 0.0 and 5.0 stars but was 1.0E9"),
            org.assertj.core.groups.Tuple.tuple(
                4L, "item must be absent for type search (a search names no item)"),
            org.assertj.core.groups.Tuple.tuple(
                5L,
                "time '+99999-05-01T12:00:00Z' is outside the accepted range: from"
                    + " 1970-01-01T00:00:00Z up to, not including, 2100-01-01T00:00:00Z"),
            org.assertj.core.groups.Tuple.tuple(
                6L,
                "time '0001-05-01T12:00:00Z' is outside the accepted range: from"
                    + " 1970-01-01T00:00:00Z up to, not including, 2100-01-01T00:00:00Z"));
  }

  @Test
  void badRowsNameTheLineAndField() throws Exception {
    Path file =
        write(
            dir,
            "bad.csv",
            """
            id,user,item,type,time,value
            e1,u1,i1,rate,2024-05-01T12:00:00Z,4
            e2,u1,i1,rate,2024-05-01T12:00:00Z,four
            e3,u1,i1,rate,2024-05-01T12:00:00Z
            e4,u1,i1,jump,2024-05-01T12:00:00Z,
            e5,u1,i1,rate,2024-05-01,3
            e6,u1,i1,rate,2024-05-01T12:00:00Z,
            e7,u1,i1,view,"2024-05-01T12:00:00Z"x,
            """);

    ImportReport report = run(ImportFormat.CSV, file, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(1);
    assertThat(report.errors())
        .extracting(RowError::line, RowError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "value 'four' is not a number"),
            org.assertj.core.groups.Tuple.tuple(4L, "the row has 5 fields but the header has 6"),
            org.assertj.core.groups.Tuple.tuple(
                5L, "type 'jump' is not one of: " + EventType.wireNames()),
            org.assertj.core.groups.Tuple.tuple(
                6L,
                "time '2024-05-01' is not an ISO-8601 date-time with offset"
                    + " (e.g. 2024-05-01T12:00:00Z)"),
            org.assertj.core.groups.Tuple.tuple(7L, "value is required for type rate"),
            org.assertj.core.groups.Tuple.tuple(
                8L,
                CsvEventImporter.CSV_SYNTAX
                    + " (Invalid character between encapsulated token and delimiter at line: 8,"
                    + " position: 277)"));
  }

  @Test
  void headerProblemsAreWholeFileErrors() throws Exception {
    Path unknown = write(dir, "unknown.csv", "id,user,type,time,colour\n");
    Path missing = write(dir, "missing.csv", "id,user,type\ne,u,search\n");
    Path twice = write(dir, "twice.csv", "id,user,type,time,id\n");

    assertThatThrownBy(() -> run(ImportFormat.CSV, unknown, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown column 'colour'");
    assertThatThrownBy(() -> run(ImportFormat.CSV, missing, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("required column 'time'");
    assertThatThrownBy(() -> run(ImportFormat.CSV, twice, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'id' appears twice");
  }

  /** Found by CsvImportFuzzTest: the syntax error escaped as an I/O failure, not an input error. */
  @Test
  void aHeaderThatDoesNotParseIsAWholeFileError() throws Exception {
    Path unclosed = write(dir, "unclosed.csv", "id,\"user\n");

    assertThatThrownBy(() -> run(ImportFormat.CSV, unclosed, store, ImportOptions.DEFAULTS))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("unclosed.csv line 1: the header does not parse: a quoted field");
  }

  @Test
  void unclosedQuoteIsReportedAtTheRecordStart() throws Exception {
    Path file =
        write(dir, "open.csv", "id,user,type,time,text\ne1,u1,search,2024-05-01T12:00:00Z,\"abc\n");

    ImportReport report =
        run(ImportFormat.CSV, file, store, ImportOptions.DEFAULTS.withStrict(true));

    assertThat(report.imported()).isZero();
    assertThat(report.errors()).extracting(RowError::line).containsExactly(2L);
    assertThat(report.errors().get(0).message()).contains("not closed");
  }
}
