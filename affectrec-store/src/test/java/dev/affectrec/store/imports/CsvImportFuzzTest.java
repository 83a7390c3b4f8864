package dev.affectrec.store.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fuzzes the csv importer's reader (events.csv as any bytes, plain or gzip) against {@link
 * ImportFuzzing#assertContract}. Seeds and regression inputs: {@code
 * src/test/resources/dev/affectrec/store/imports/CsvImportFuzzTestInputs}.
 */
class CsvImportFuzzTest {
  @FuzzTest
  void everyRowIsAValidEventOrANamedRejection(byte[] input) throws Exception {
    Path file = ImportFuzzing.write("events.csv", input);
    ImportFuzzing.assertContract(ImportFormat.CSV, file, Set.of(file.getFileName().toString()));
  }
}
