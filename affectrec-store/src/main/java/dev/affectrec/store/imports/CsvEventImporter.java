package dev.affectrec.store.imports;

import dev.affectrec.api.InputException;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.io.csv.CsvReader;
import dev.affectrec.io.csv.CsvSyntaxException;
import dev.affectrec.io.events.EventFieldError;
import dev.affectrec.io.events.EventFields;
import dev.affectrec.io.lines.InputFiles;
import dev.affectrec.io.lines.LineReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports UTF-8 CSV (plain or gzip) whose first line is a header naming the columns, in any order:
 * {@code id, user, type, time} are required columns; {@code item, value, text, device, channel,
 * location, locale, session} are optional. An unknown or repeated column aborts the import (it is
 * usually a typo). Fields follow the AffectRec event form; an empty unquoted field is absent.
 * Documented in docs/IMPORT-FORMATS.md. Stateless and thread-safe.
 */
final class CsvEventImporter extends FileImporter {
  static final List<String> REQUIRED = List.of("id", "user", "type", "time");
  static final List<String> COLUMNS = ImportFormat.CSV_COLUMNS;

  /** What a CSV syntax error means in this format, which has no escape character. */
  static final String CSV_SYNTAX =
      "a quoted field is not closed, or its closing quote is followed by something other than a"
          + " comma";

  @Override
  void scan(Path input, RowSink sink, ImportProgress progress) throws IOException {
    String file = input.getFileName().toString();
    try (CsvReader records =
        CsvReader.emptyAsNull(new LineReader(InputFiles.open(input, progress), file))) {
      Map<String, Integer> header = header(file, records);
      List<String> row;
      while (true) {
        try {
          row = records.next();
        } catch (CsvSyntaxException e) {
          sink.reject(file, e.line(), CSV_SYNTAX + " (" + e.getCause().getMessage() + ")");
          return;
        }
        if (row == null) {
          return;
        }
        try {
          sink.event(toEvent(header, row));
        } catch (IllegalArgumentException e) {
          sink.reject(file, records.startLine(), e.getMessage());
        }
      }
    }
  }

  private static Map<String, Integer> header(String file, CsvReader records) throws IOException {
    List<String> names;
    try {
      names = records.next();
    } catch (CsvSyntaxException e) {
      throw new InputException(
          file
              + " line 1: the header does not parse: "
              + CSV_SYNTAX
              + " ("
              + e.getCause().getMessage()
              + ")",
          e);
    }
    if (names == null) {
      throw new InputException(file + " has no header line");
    }
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).strip();
      if (!COLUMNS.contains(name)) {
        throw new InputException(
            file + " line 1: unknown column '" + name + "'; known columns: " + COLUMNS);
      }
      if (header.put(name, i) != null) {
        throw new InputException(file + " line 1: column '" + name + "' appears twice");
      }
    }
    for (String required : REQUIRED) {
      if (!header.containsKey(required)) {
        throw new InputException(file + " line 1: required column '" + required + "' is missing");
      }
    }
    return header;
  }

  private static Event toEvent(Map<String, Integer> header, List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(
          "the row has " + row.size() + " fields but the header has " + header.size());
    }
    List<EventFieldError> errors = new ArrayList<>();
    Event event =
        EventFields.event(
            field(header, row, "id"),
            field(header, row, "user"),
            field(header, row, "item"),
            field(header, row, "type"),
            field(header, row, "time"),
            number(field(header, row, "value")),
            field(header, row, "text"),
            new EventContext(
                field(header, row, "device"),
                field(header, row, "channel"),
                field(header, row, "location"),
                field(header, row, "locale"),
                field(header, row, "session")),
            "",
            errors);
    if (event == null) {
      throw new IllegalArgumentException(errors.get(0).describe());
    }
    return event;
  }

  private static String field(Map<String, Integer> header, List<String> row, String name) {
    Integer index = header.get(name);
    return index == null ? null : row.get(index);
  }

  private static Double number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value '" + text + "' is not a number");
    }
  }
}
