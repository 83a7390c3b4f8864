package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Embeddings of training texts kept on disk between runs (never committed), keyed by encoder, a
 * name and the sha256 of the texts so that a changed dataset is re-embedded rather than reused. Not
 * thread-safe.
 */
public final class EmbeddingCache {
  private static final int MAGIC = 0xAFFEC7E5;
  private static final int CHUNK = 2048;

  private final Path dir;

  /** Uses {@code dir}, creating it on first write. */
  public EmbeddingCache(Path dir) {
    this.dir = dir;
  }

  /**
   * The embeddings of {@code texts} (first encoder window only), from the cache when present.
   *
   * @param progress called with the number of texts embedded so far, may be null
   */
  public float[][] embed(
      SentenceEncoder encoder, String key, List<String> texts, LongConsumer progress) {
    byte[] hash = hash(texts);
    Path file = dir.resolve(encoder.spec().name()).resolve(key + ".f32");
    float[][] cached = read(file, hash, texts.size());
    if (cached != null) {
      return cached;
    }
    List<float[]> rows = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += CHUNK) {
      float[][] part = encoder.embed(texts.subList(from, Math.min(texts.size(), from + CHUNK)), 1);
      rows.addAll(Arrays.asList(part));
      if (progress != null) {
        progress.accept(rows.size());
      }
    }
    float[][] all = rows.toArray(new float[0][]);
    write(file, hash, all);
    return all;
  }

  private static float[][] read(Path file, byte[] hash, int n) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      byte[] stored = new byte[32];
      if (in.readInt() != MAGIC) {
        return null;
      }
      in.readFully(stored);
      int rows = in.readInt();
      int dim = in.readInt();
      if (!Arrays.equals(stored, hash) || rows != n) {
        return null;
      }
      float[][] out = new float[rows][dim];
      for (float[] row : out) {
        for (int d = 0; d < dim; d++) {
          row[d] = in.readFloat();
        }
      }
      return out;
    } catch (IOException e) {
      return null;
    }
  }

  private static void write(Path file, byte[] hash, float[][] rows) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (DataOutputStream out =
          new DataOutputStream(
              new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.write(hash);
        out.writeInt(rows.length);
        out.writeInt(rows.length == 0 ? 0 : rows[0].length);
        for (float[] row : rows) {
          for (float v : row) {
            out.writeFloat(v);
          }
        }
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding cache " + file, e);
    }
  }

  private static byte[] hash(List<String> texts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String t : texts) {
        digest.update(t.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
