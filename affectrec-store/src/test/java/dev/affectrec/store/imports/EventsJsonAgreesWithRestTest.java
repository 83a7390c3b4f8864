package dev.affectrec.store.imports;

import static dev.affectrec.store.imports.ImportTesting.run;
import static dev.affectrec.store.imports.ImportTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.io.events.EventFieldError;
import dev.affectrec.io.events.EventJsonReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The {@code import --format events} path and the strict reader behind {@code POST /v1/events}
 * agree on which events are valid; they differ only in unknown fields, which the import skips.
 */
class EventsJsonAgreesWithRestTest extends ImporterTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] LINES = {
    "{\"id\":\"a1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":4}",
    "{\"id\":\"a2\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\",\"time\":\"2024-05-01T12:00:00Z\"}",
    "{\"id\":\"a3\",\"user\":\"u1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}",
    "{\"id\":\"a4\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"teleport\",\"time\":\"2024-05-01T12:00:00Z\"}",
    "{\"id\":\"a5\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01 12:00\"}",
    "{\"id\":\"a6\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T20:00:00+08:00\"}",
    "{\"id\":\"a7\",\"user\":\"u1\",\"type\":\"search\",\"time\":\"2024-05-01T12:00:00Z\",\"text\":\" \"}",
    "{\"id\":\"a8\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"dwell\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":-3}",
    "{\"id\":\" \",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}",
    "{\"id\":\"a10\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\",\"context\":{\"device\":3}}",
    "{\"id\":\"a11\",\"user\":\"u1\",\"type\":\"search\",\"time\":\"2024-05-01T12:00:00Z\",\"text\":\"red dress\",\"value\":null,\"context\":null}",
    "{\"id\":\"a12\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"search\",\"time\":\"2024-05-01T12:00:00Z\",\"text\":\"red dress\"}",
    "{\"id\":\"a13\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":-5}",
    "{\"id\":\"a14\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":1e9}",
    "{\"id\":\"a15\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"+99999-05-01T12:00:00Z\"}",
    "{\"id\":\"a16\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"0001-05-01T12:00:00Z\"}",
    "{\"id\":\"a17\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"review\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":0,\"text\":\"meh\"}"
  };

  @Test
  void theImportAndTheStrictReaderAcceptTheSameEvents() throws Exception {
    Path file = write(dir, "events.jsonl", String.join("\n", LINES));

    ImportReport report = run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);

    Set<Long> refusedByImport = new TreeSet<>();
    report.errors().forEach(e -> refusedByImport.add(e.line()));
    assertThat(refusedByImport).isEqualTo(refusedByStrictReader(LINES));
    assertThat(refusedByImport)
        .containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 12L, 13L, 14L, 15L, 16L);
  }

  @Test
  void theImportReportsTheFirstErrorTheStrictReaderNames() throws Exception {
    Path file = write(dir, "events.jsonl", String.join("\n", LINES));

    ImportReport report = run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);

    for (RowError error : report.errors()) {
      List<EventFieldError> errors = new ArrayList<>();
      EventJsonReader.STRICT.read(JSON.readTree(LINES[(int) error.line() - 1]), "", errors);
      assertThat(error.message()).isEqualTo(errors.get(0).describe());
    }
  }

  @Test
  void anUnknownFieldIsSkippedByTheImportButRefusedByTheStrictReader() throws Exception {
    String line = LINES[0].replace("\"value\":4", "\"value\":4,\"mood\":\"happy\"");
    Path file = write(dir, "extra.jsonl", line);

    ImportReport report = run(ImportFormat.EVENTS, file, store, ImportOptions.DEFAULTS);

    assertThat(report.imported()).isEqualTo(1);
    assertThat(refusedByStrictReader(new String[] {line})).containsExactly(1L);
  }

  private static Set<Long> refusedByStrictReader(String[] lines) throws Exception {
    Set<Long> refused = new TreeSet<>();
    for (int i = 0; i < lines.length; i++) {
      List<EventFieldError> errors = new ArrayList<>();
      if (EventJsonReader.STRICT.read(JSON.readTree(lines[i]), "", errors) == null) {
        refused.add(i + 1L);
      }
    }
    return refused;
  }
}
