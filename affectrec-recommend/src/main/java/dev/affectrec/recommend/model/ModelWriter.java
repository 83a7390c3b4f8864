package dev.affectrec.recommend.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a model file: a header ({@link ModelFormat#MAGIC}, format version, model kind), the
 * provenance, then model-specific arrays. Writes to a temporary sibling and moves it into place on
 * {@link #close()}, so a failed save never leaves a half-written file. Not thread-safe.
 */
public final class ModelWriter implements Closeable {
  private final Path target;
  private final Path temp;
  private final DataOutputStream out;

  /** Opens {@code file} for a model of {@code kind} and writes the header and provenance. */
  public ModelWriter(Path file, String kind, Provenance provenance) throws IOException {
    this.target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    this.temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
    out.writeInt(ModelFormat.MAGIC);
    out.writeInt(ModelFormat.VERSION);
    out.writeUTF(kind);
    writeProvenance(provenance);
  }

  private void writeProvenance(Provenance p) throws IOException {
    out.writeUTF(p.component());
    out.writeUTF(p.version());
    out.writeLong(p.createdAt().toEpochMilli());
    writeStrings(p.datasets());
    writeStrings(p.parameters());
    out.writeLong(p.seed());
    out.writeInt(p.metrics().size());
    for (Map.Entry<String, Double> e : p.metrics().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeDouble(e.getValue());
    }
  }

  private void writeStrings(Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  /** Writes the ids of {@code index} in index order. */
  public void writeIndex(IdIndex index) throws IOException {
    out.writeInt(index.size());
    for (String id : index.ids()) {
      out.writeUTF(id);
    }
  }

  /** Writes a length-prefixed float array. */
  public void writeFloats(float[] values) throws IOException {
    out.writeInt(values.length);
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  /** Writes a length-prefixed int array. */
  public void writeInts(int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  /** Writes one double. */
  public void writeDouble(double value) throws IOException {
    out.writeDouble(value);
  }

  /** Writes one int. */
  public void writeInt(int value) throws IOException {
    out.writeInt(value);
  }

  /** Flushes and moves the file into place. */
  @Override
  public void close() throws IOException {
    out.close();
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
