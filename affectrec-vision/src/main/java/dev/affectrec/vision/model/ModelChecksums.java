package dev.affectrec.vision.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Expected sha256 per file name, in {@code sha256sum} format ("HEX NAME" per line). Immutable and
 * thread-safe.
 */
public final class ModelChecksums {
  /** The list committed with the code for the {@code @vladmandic/human} face models. */
  public static final String FACE_MODELS_RESOURCE = "face-models.sha256";

  private final Map<String, String> expected;

  /** From file name to lower-case hex sha256 (copied). */
  public ModelChecksums(Map<String, String> expected) {
    this.expected = Map.copyOf(expected);
  }

  /** The committed list for the face models. */
  public static ModelChecksums faceModels() {
    try (InputStream in = ModelChecksums.class.getResourceAsStream(FACE_MODELS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FACE_MODELS_RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code sha256sum} output; blank lines are ignored. */
  public static ModelChecksums parse(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length == 2 && parts[0].matches("[0-9a-fA-F]{64}")) {
        map.put(parts[1], parts[0].toLowerCase(java.util.Locale.ROOT));
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException("not a sha256sum line: " + line);
      }
    }
    return new ModelChecksums(map);
  }

  /** File names with an expected hash. */
  public java.util.Set<String> files() {
    return expected.keySet();
  }

  /**
   * Checks every listed file in {@code dir}.
   *
   * @throws ModelIntegrityException naming the first missing or mismatching file
   */
  public void verify(Path dir) {
    expected.forEach(
        (name, hash) -> {
          Path file = dir.resolve(name);
          if (!Files.isRegularFile(file)) {
            throw new ModelIntegrityException(
                "model file "
                    + file
                    + " is missing (run the Maven build of affectrec-vision, which fetches it)");
          }
          String actual = sha256(file);
          if (!actual.equals(hash)) {
            throw new ModelIntegrityException(
                "sha256 mismatch for model file "
                    + file
                    + ": expected "
                    + hash
                    + ", got "
                    + actual);
          }
        });
  }

  /** Lower-case hex sha256 of a file's bytes. */
  public static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
