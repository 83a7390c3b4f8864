package dev.affectrec.emotion.text.train;

import dev.affectrec.emotion.text.encoder.EncoderSpec;
import dev.affectrec.emotion.text.encoder.Pooling;
import dev.affectrec.emotion.text.encoder.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Embeddings of training texts kept on disk between runs (never committed), one entry per distinct
 * text, keyed by the encoder id ({@link #encoderId}: model name, window tokens, pooling) and the
 * sha256 of the text. Each text is embedded once, whichever datasets and runs share it.
 *
 * <p>Layout: {@code DIR/ENCODER_ID.emb}, a header (magic, dimension) followed by records (32-byte
 * sha256, {@code dimension} little-endian floats). New embeddings are appended after every chunk of
 * {@value #CHUNK} texts, so an interrupted run keeps what it embedded and the next run resumes; a
 * torn last record is cut off on open. Not thread-safe; one process per file at a time.
 */
public final class EmbeddingCache {
  private static final int MAGIC = 0xAFFEC7E6;
  private static final int HASH_BYTES = 32;

  /** Texts embedded (and appended to the file) per encoder call. */
  static final int CHUNK = 1024;

  private final Path dir;
  private final Map<String, Map<String, float[]>> loaded = new HashMap<>();

  /** Uses {@code dir}, creating it on first write. */
  public EmbeddingCache(Path dir) {
    this.dir = dir;
  }

  /**
   * The cache key of an encoder: its model name, window length and, unless it is [CLS], its
   * pooling, e.g. {@code bge-...-w128} or {@code bge-...-w128-cls_and_mean}.
   */
  public static String encoderId(EncoderSpec spec) {
    String id = spec.name() + "-w" + spec.windowTokens();
    return spec.pooling() == Pooling.CLS
        ? id
        : id + "-" + spec.pooling().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The file holding {@code spec}'s embeddings. */
  public Path file(EncoderSpec spec) {
    return dir.resolve(encoderId(spec) + ".emb");
  }

  /**
   * The embeddings of {@code texts} (up to one encoder window each, per {@link
   * SentenceEncoder#embed}), aligned with {@code texts}: cached ones are read, the rest embedded in
   * first-seen order and appended to the cache.
   *
   * @param progress called with the number of texts embedded (not read) so far, may be null
   */
  public float[][] embed(SentenceEncoder encoder, List<String> texts, LongConsumer progress) {
    Map<String, float[]> known = entries(encoder.spec());
    LinkedHashMap<String, String> missing = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(texts.size());
    for (String text : texts) {
      String key = hash(text);
      keys.add(key);
      if (!known.containsKey(key)) {
        missing.putIfAbsent(key, text);
      }
    }
    List<String> missingKeys = new ArrayList<>(missing.keySet());
    List<String> missingTexts = new ArrayList<>(missing.values());
    for (int from = 0; from < missingTexts.size(); from += CHUNK) {
      int to = Math.min(missingTexts.size(), from + CHUNK);
      float[][] part = encoder.embed(missingTexts.subList(from, to), 1);
      append(encoder.spec(), missingKeys.subList(from, to), part);
      for (int i = 0; i < part.length; i++) {
        known.put(missingKeys.get(from + i), part[i]);
      }
      if (progress != null) {
        progress.accept(to);
      }
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = known.get(keys.get(i));
    }
    return out;
  }

  /** How many texts {@code spec} has cached. */
  public int size(EncoderSpec spec) {
    return entries(spec).size();
  }

  private Map<String, float[]> entries(EncoderSpec spec) {
    return loaded.computeIfAbsent(encoderId(spec), id -> read(file(spec)));
  }

  private static Map<String, float[]> read(Path file) {
    Map<String, float[]> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      if (ch.read(header, 0) < 8 || header.getInt(0) != MAGIC) {
        throw new IllegalStateException(
            file + " is not an embedding cache of this version: delete it to rebuild it");
      }
      int dim = header.getInt(4);
      int recordBytes = HASH_BYTES + 4 * dim;
      long records = (ch.size() - 8) / recordBytes;
      ByteBuffer buf =
          ByteBuffer.allocate(recordBytes * Math.max(1, (1 << 20) / recordBytes))
              .order(ByteOrder.LITTLE_ENDIAN);
      long pos = 8;
      long done = 0;
      byte[] hash = new byte[HASH_BYTES];
      while (done < records) {
        buf.clear();
        long want = Math.min(buf.capacity() / recordBytes, records - done) * recordBytes;
        buf.limit((int) want);
        while (buf.hasRemaining()) {
          if (ch.read(buf, pos + buf.position()) < 0) {
            throw new IOException("unexpected end of " + file);
          }
        }
        buf.flip();
        while (buf.remaining() >= recordBytes) {
          buf.get(hash);
          float[] v = new float[dim];
          buf.asFloatBuffer().get(v);
          buf.position(buf.position() + 4 * dim);
          out.put(HexFormat.of().formatHex(hash), v);
          done++;
        }
        pos += want;
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding cache " + file, e);
    }
  }

  private void append(EncoderSpec spec, List<String> keys, float[][] rows) {
    if (rows.length == 0) {
      return;
    }
    Path file = file(spec);
    int dim = rows[0].length;
    int recordBytes = HASH_BYTES + 4 * dim;
    try {
      Files.createDirectories(dir);
      try (FileChannel ch =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        if (ch.size() < 8) {
          ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
          header.putInt(MAGIC).putInt(dim).flip();
          ch.truncate(0);
          ch.write(header, 0);
        }
        long end = 8 + (ch.size() - 8) / recordBytes * recordBytes;
        ch.truncate(end);
        ByteBuffer out =
            ByteBuffer.allocate(recordBytes * rows.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rows.length; i++) {
          out.put(HexFormat.of().parseHex(keys.get(i)));
          for (float v : rows[i]) {
            out.putFloat(v);
          }
        }
        out.flip();
        while (out.hasRemaining()) {
          end += ch.write(out, end);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding cache " + file, e);
    }
  }

  /** Hex sha256 of a text's UTF-8 bytes. */
  static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
