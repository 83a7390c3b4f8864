package dev.affectrec.emotion.text.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Opening and hashing dataset files. Stateless. */
public final class DatasetFiles {
  private DatasetFiles() {}

  /**
   * A UTF-8 reader over {@code file}, transparently gunzipped when the name ends in {@code .gz}.
   *
   * @throws IllegalArgumentException if the file does not exist
   */
  public static BufferedReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("dataset file not found: " + file);
    }
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Parses one non-blank line of a dataset file.
   *
   * @param <T> the parsed row
   */
  @FunctionalInterface
  public interface LineParser<T> {
    /**
     * Parses {@code line}, number {@code lineNo} (1-based, blank lines counted).
     *
     * @throws IOException if the line is malformed; the message should name the line
     */
    T parse(String line, int lineNo) throws IOException;
  }

  /**
   * Every non-blank line of {@code file} (opened as by {@link #open}), parsed in order.
   *
   * @throws IllegalArgumentException if the file does not exist
   */
  public static <T> List<T> parseLines(Path file, LineParser<T> parser) throws IOException {
    List<T> rows = new ArrayList<>();
    try (BufferedReader in = open(file)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (!line.isBlank()) {
          rows.add(parser.parse(line, lineNo));
        }
      }
    }
    return rows;
  }

  /** Hex sha256 of a file's bytes. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hash " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
