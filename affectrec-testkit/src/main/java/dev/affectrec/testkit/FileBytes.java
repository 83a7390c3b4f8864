package dev.affectrec.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Searches the raw bytes of files, for tests that prove something left no trace on disk (an erased
 * user, an uploaded image). Stateless.
 */
public final class FileBytes {
  private FileBytes() {}

  /**
   * Every regular file under {@code root} (recursively) whose bytes contain {@code needle} in UTF-8
   * or in UTF-16 (either byte order), as paths relative to {@code root}; empty when none does or
   * {@code root} does not exist.
   */
  public static List<String> filesContaining(Path root, String needle) {
    if (!Files.exists(root)) {
      return List.of();
    }
    List<byte[]> patterns =
        List.of(
            needle.getBytes(StandardCharsets.UTF_8),
            needle.getBytes(StandardCharsets.UTF_16LE),
            needle.getBytes(StandardCharsets.UTF_16BE));
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
          continue; // removed while walking, such as a write-ahead log at close
        }
        if (patterns.stream().anyMatch(p -> indexOf(bytes, p) >= 0)) {
          found.add(root.relativize(file).toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** Every regular file under {@code root}, relative to it, sorted. */
  public static List<String> files(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
