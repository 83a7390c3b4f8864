package dev.affectrec.emotion.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * About 3,000 of the commonest English words of social text, loaded once from the classpath
 * resource {@code english-common-words.txt} (one lowercase word per line, {@code #} comments).
 * Thread-safe.
 */
final class CommonEnglishWords {
  private static final String RESOURCE = "english-common-words.txt";
  private static final Set<String> WORDS = load();

  private CommonEnglishWords() {}

  /** Whether {@code lowercaseWord} is one of the words. */
  static boolean contains(String lowercaseWord) {
    return WORDS.contains(lowercaseWord);
  }

  private static Set<String> load() {
    return Set.copyOf(new HashSet<>(lines(RESOURCE)));
  }

  /**
   * The stripped, non-blank lines of a resource of this package that are not {@code #} comments.
   *
   * @throws IllegalStateException if the resource is missing from the jar
   */
  static List<String> lines(String resource) {
    try (InputStream in = CommonEnglishWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the resource " + resource + " is missing from the affectrec-emotion jar");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
