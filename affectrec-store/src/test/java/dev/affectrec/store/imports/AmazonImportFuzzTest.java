package dev.affectrec.store.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fuzzes the amazon importer's reader (reviews.json as any bytes, plain or gzip) against {@link
 * ImportFuzzing#assertContract}. Seeds and regression inputs: {@code
 * src/test/resources/dev/affectrec/store/imports/AmazonImportFuzzTestInputs}.
 */
class AmazonImportFuzzTest {
  @FuzzTest
  void everyRowIsAValidEventOrANamedRejection(byte[] input) throws Exception {
    Path file = ImportFuzzing.write("reviews.json", input);
    ImportFuzzing.assertContract(ImportFormat.AMAZON, file, Set.of(file.getFileName().toString()));
  }
}
