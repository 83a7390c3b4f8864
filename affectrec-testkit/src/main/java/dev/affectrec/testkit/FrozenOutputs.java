package dev.affectrec.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/**
 * The outputs a frozen model file gave when it was written, kept beside it so that a later change
 * that breaks the on-disk format (or what a loaded model computes) fails a test.
 *
 * <p>An output file has one line per query: {@code key TAB tokens}, tokens separated by one space,
 * each either a number or {@code label=number} (for example a ranked {@code item=score}). Numbers
 * are compared within a tolerance, everything else exactly.
 *
 * <p>Writers: each module's {@code Freeze*} test class regenerates its frozen files. Surefire's
 * default includes skip those classes and they are disabled without {@code -D}{@value
 * #FREEZE_PROPERTY}{@code =true}, so they run only on demand, after an intended format change:
 * {@code ./mvnw -o test -pl MODULE -Dtest='Freeze*' -Daffectrec.freeze=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class FrozenOutputs {
  /** The system property that lets the {@code Freeze*} tests rewrite frozen files. */
  public static final String FREEZE_PROPERTY = "affectrec.freeze";

  private FrozenOutputs() {}

  /**
   * The file of test resource {@code name} (for example {@code /frozen/x.bin}); fails if absent.
   */
  public static Path resource(Class<?> anchor, String name) {
    URL url = anchor.getResource(name);
    Assertions.assertNotNull(url, "missing test resource " + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The source file of test resource {@code name} in the module being built ({@code
   * src/test/resources/name}), its folder created, for a {@code Freeze*} test to write.
   */
  public static Path sourceOf(String name) {
    Path file = Path.of("src/test/resources", name.replaceFirst("^/", ""));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
    return file;
  }

  /** Saves a model to a file. */
  @FunctionalInterface
  public interface Saver {
    /** Writes the model to {@code file}. */
    void save(Path file) throws IOException;
  }

  /**
   * Freezes one model: {@code saver} writes it to the source of resource {@code file}, and {@code
   * outputs} go to the source of resource {@code expected}.
   */
  public static void freeze(String file, Saver saver, String expected, Map<String, String> outputs)
      throws IOException {
    saver.save(sourceOf(file));
    write(sourceOf(expected), outputs);
  }

  /** Writes {@code outputs} (key to tokens) in key order of the map. */
  public static void write(Path file, Map<String, String> outputs) {
    List<String> lines = new ArrayList<>();
    outputs.forEach((key, tokens) -> lines.add(key + "\t" + tokens));
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads a file written by {@link #write}, in file order. */
  public static Map<String, String> read(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /**
   * Fails unless {@code actual} has the same keys as the outputs recorded in {@code expectedFile}
   * and, key by key, the same tokens: equal labels and numbers within {@code tolerance}.
   */
  public static void assertMatches(
      Path expectedFile, Map<String, String> actual, double tolerance) {
    Map<String, String> expected = read(expectedFile);
    Assertions.assertEquals(expected.keySet(), actual.keySet(), "queries of " + expectedFile);
    expected.forEach(
        (key, tokens) ->
            assertTokens(key, tokens.split(" "), actual.get(key).split(" "), tolerance));
  }

  private static void assertTokens(String key, String[] expected, String[] actual, double tol) {
    Assertions.assertEquals(
        expected.length,
        actual.length,
        key + ": " + String.join(" ", actual) + " has another size");
    for (int i = 0; i < expected.length; i++) {
      int e = expected[i].lastIndexOf('=');
      int a = actual[i].lastIndexOf('=');
      Assertions.assertEquals(
          expected[i].substring(0, e + 1), actual[i].substring(0, a + 1), key + " token " + i);
      Assertions.assertEquals(
          Double.parseDouble(expected[i].substring(e + 1)),
          Double.parseDouble(actual[i].substring(a + 1)),
          tol,
          key + " token " + i);
    }
  }
}
