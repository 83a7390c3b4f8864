package dev.affectrec.store.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the MovieLens importer's readers against {@link ImportFuzzing#assertContract}. An input is
 * a folder in one byte string: a line {@code --- u.item} (or {@code u.user}, {@code u.genre})
 * starts that file, which runs to the next such line; bytes before the first start {@code u.data};
 * every file may hold any bytes and the optional ones may be absent.
 */
class MovieLensImportFuzzTest {
  private static final Set<String> FILES = Set.of("u.data", "u.item", "u.user", "u.genre");

  @FuzzTest
  void everyRowIsAValidEventOrANamedRejection(byte[] input) throws Exception {
    Map<String, byte[]> files = split(input);
    for (String name : FILES) {
      byte[] content = files.get(name);
      if (content == null) {
        ImportFuzzing.delete(name);
      } else {
        ImportFuzzing.write(name, content);
      }
    }
    ImportFuzzing.assertContract(ImportFormat.MOVIELENS, ImportFuzzing.dir(), FILES);
  }

  private static Map<String, byte[]> split(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    Map<String, byte[]> files = new LinkedHashMap<>();
    String name = "u.data";
    int start = 0;
    while (true) {
      int marker = text.indexOf("--- u.", start);
      while (marker > 0 && text.charAt(marker - 1) != '\n') {
        marker = text.indexOf("--- u.", marker + 1);
      }
      int lineEnd = marker < 0 ? -1 : text.indexOf('\n', marker);
      if (lineEnd < 0) {
        files.put(name, Arrays.copyOfRange(input, start, input.length));
        return files;
      }
      files.put(name, Arrays.copyOfRange(input, start, marker));
      name = text.substring(marker + 4, lineEnd).trim();
      start = lineEnd + 1;
    }
  }
}
