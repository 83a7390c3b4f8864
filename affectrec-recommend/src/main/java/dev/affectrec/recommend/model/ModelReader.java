package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file written by {@link ModelWriter}, checking the magic number, the format version and
 * the model kind. Not thread-safe.
 */
public final class ModelReader implements Closeable {
  private final DataInputStream in;
  private final Path file;
  private final String kind;
  private final Provenance provenance;

  /**
   * Opens {@code file} and reads its header and provenance.
   *
   * @throws IOException if the file is not a model file of a supported version
   */
  public ModelReader(Path file) throws IOException {
    this.file = file;
    this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    try {
      if (in.readInt() != ModelFormat.MAGIC) {
        throw new IOException(file + " is not an AffectRec model file (bad magic number)");
      }
      int version = in.readInt();
      if (version != ModelFormat.VERSION) {
        throw new IOException(
            file
                + " has model format version "
                + version
                + "; this build reads version "
                + ModelFormat.VERSION);
      }
      this.kind = in.readUTF();
      this.provenance = readProvenance();
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** The model kind written in the header. */
  public String kind() {
    return kind;
  }

  /** The provenance written in the header. */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Fails unless the file holds a model of {@code expected} kind.
   *
   * @throws IOException naming the file and both kinds
   */
  public void requireKind(String expected) throws IOException {
    if (!kind.equals(expected)) {
      throw new IOException(file + " holds a '" + kind + "' model, not '" + expected + "'");
    }
  }

  private Provenance readProvenance() throws IOException {
    String component = in.readUTF();
    String version = in.readUTF();
    Instant created = Instant.ofEpochMilli(in.readLong());
    Map<String, String> datasets = readStrings();
    Map<String, String> parameters = readStrings();
    long seed = in.readLong();
    int n = in.readInt();
    Map<String, Double> metrics = new HashMap<>();
    for (int i = 0; i < n; i++) {
      metrics.put(in.readUTF(), in.readDouble());
    }
    return new Provenance(component, version, created, datasets, parameters, seed, metrics);
  }

  private Map<String, String> readStrings() throws IOException {
    int n = in.readInt();
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }

  /** Reads an index written by {@link ModelWriter#writeIndex}. */
  public IdIndex readIndex() throws IOException {
    int n = in.readInt();
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(in.readUTF());
    }
    return IdIndex.of(ids);
  }

  /** Reads a float array written by {@link ModelWriter#writeFloats}. */
  public float[] readFloats() throws IOException {
    float[] values = new float[in.readInt()];
    // Big-endian, as DataOutputStream wrote them; read in blocks rather than one readFloat (four
    // synchronized byte reads) per value: an EASE model of MovieLens holds 2.8 million floats.
    byte[] block = new byte[Math.min(values.length, 1 << 16) * Float.BYTES];
    for (int done = 0; done < values.length; ) {
      int count = Math.min(values.length - done, block.length / Float.BYTES);
      in.readFully(block, 0, count * Float.BYTES);
      java.nio.ByteBuffer.wrap(block, 0, count * Float.BYTES)
          .asFloatBuffer()
          .get(values, done, count);
      done += count;
    }
    return values;
  }

  /** Reads an int array written by {@link ModelWriter#writeInts}. */
  public int[] readInts() throws IOException {
    int[] values = new int[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  /** Reads one double. */
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  /** Reads one int. */
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
