package dev.affectrec.store.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fuzzes the events importer's reader (events.jsonl as any bytes, plain or gzip) against {@link
 * ImportFuzzing#assertContract}. Seeds and regression inputs: {@code
 * src/test/resources/dev/affectrec/store/imports/EventsJsonImportFuzzTestInputs}.
 */
class EventsJsonImportFuzzTest {
  @FuzzTest
  void everyRowIsAValidEventOrANamedRejection(byte[] input) throws Exception {
    Path file = ImportFuzzing.write("events.jsonl", input);
    ImportFuzzing.assertContract(ImportFormat.EVENTS, file, Set.of(file.getFileName().toString()));
  }
}
