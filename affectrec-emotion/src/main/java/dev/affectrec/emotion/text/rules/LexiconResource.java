package dev.affectrec.emotion.text.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a lexicon file of this package from the classpath. Stateless. */
final class LexiconResource {
  private LexiconResource() {}

  /**
   * The non-blank lines of {@code name} that are not {@code #} comments, each split at tabs.
   *
   * @throws IllegalStateException if the resource is missing from the jar
   */
  static List<String[]> rows(String name) {
    try (InputStream in = LexiconResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the resource " + name + " is missing from the affectrec-emotion jar");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
