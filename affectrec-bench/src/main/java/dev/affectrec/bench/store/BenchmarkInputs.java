package dev.affectrec.bench.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Locates and generates the inputs of the store benchmarks. The MovieLens 100K folder comes from
 * system property {@code affectrec.shared.dir} (default {@code ../shared}); the JSON Lines file is
 * generated with a fixed seed so every run imports the same bytes.
 */
public final class BenchmarkInputs {
  /** Events in the generated JSON Lines file. */
  static final int JSON_EVENTS = 100_000;

  private static final List<String> TYPES = List.of("view", "click", "rate", "review", "purchase");
  private static final List<String> TEXTS =
      List.of(
          "Works as described, would buy again.",
          "质量很好，物流也快",
          "Not what I expected; the colour is off.",
          "Lovely scent, lasts all day.");

  private BenchmarkInputs() {}

  /** The MovieLens 100K folder under the shared data directory; fails clearly when absent. */
  public static Path movieLens() {
    String shared = System.getProperty("affectrec.shared.dir", "../shared");
    Path folder = Path.of(shared, "data", "movielens-100k");
    if (!Files.isRegularFile(folder.resolve("u.data"))) {
      throw new IllegalStateException(
          "MovieLens 100K not found in "
              + folder.toAbsolutePath()
              + "; pass -Daffectrec.shared.dir=/path/to/shared to the JVM (-jvmArgs)");
    }
    return folder;
  }

  /** Writes {@link #JSON_EVENTS} events in the AffectRec JSON Lines form to {@code file}. */
  static Path jsonLines(Path file) {
    Random random = new Random(42);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < JSON_EVENTS; i++) {
        String type = TYPES.get(random.nextInt(TYPES.size()));
        StringBuilder line = new StringBuilder(200);
        line.append("{\"id\":\"ev-")
            .append(i)
            .append("\",\"user\":\"u")
            .append(random.nextInt(5000));
        line.append("\",\"item\":\"i").append(random.nextInt(20000)).append("\",\"type\":\"");
        line.append(type).append("\",\"time\":\"").append(start.plusSeconds(i * 37L)).append('"');
        if (type.equals("rate") || type.equals("review")) {
          line.append(",\"value\":").append(1 + random.nextInt(5));
        }
        if (type.equals("review")) {
          line.append(",\"text\":\"").append(TEXTS.get(random.nextInt(TEXTS.size()))).append('"');
        }
        line.append(",\"context\":{\"device\":\"")
            .append(random.nextBoolean() ? "mobile" : "desktop")
            .append("\",\"channel\":\"app\",\"session\":\"s")
            .append(i / 20)
            .append("\"}}\n");
        out.write(line.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Deletes a directory tree, ignoring what is already gone. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(BenchmarkInputs::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
