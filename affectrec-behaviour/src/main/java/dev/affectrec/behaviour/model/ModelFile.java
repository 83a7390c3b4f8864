package dev.affectrec.behaviour.model;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * The file format of a {@link BehaviourModel}: a magic string, a format version, the provenance as
 * {@code key=value} lines, the feature names, then the Tribuo model protobuf.
 */
final class ModelFile {
  private static final String MAGIC = "affectrec-behaviour-model";
  private static final int FORMAT = 1;

  private ModelFile() {}

  static void write(
      OutputStream stream, Provenance provenance, List<String> features, byte[] modelBytes)
      throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(ProvenanceText.format(provenance));
    out.writeUTF(String.join(",", features));
    out.writeInt(modelBytes.length);
    out.write(modelBytes);
    out.flush();
  }

  static BehaviourModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    Provenance provenance = readProvenance(in);
    List<String> features = Arrays.asList(in.readUTF().split(","));
    for (String feature : features) {
      try {
        SessionFeatures.featureNamed(feature);
      } catch (IllegalArgumentException e) {
        throw new IOException("the model needs a feature this version does not compute", e);
      }
    }
    int length = in.readInt();
    if (length <= 0 || length > 64 << 20) {
      throw new IOException("behaviour model body length " + length + " is invalid");
    }
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      throw new IOException("behaviour model file is truncated");
    }
    Model<?> model = Model.deserialize(ModelProto.parseFrom(body));
    if (!model.validate(Label.class)) {
      throw new IOException("behaviour model is not a classification model");
    }
    @SuppressWarnings("unchecked")
    Model<Label> labelModel = (Model<Label>) model;
    return new BehaviourModel(labelModel, provenance, features);
  }

  /**
   * Reads the header of a model file up to and including its provenance, leaving {@code in} at the
   * feature names: enough to learn a model's metrics without decoding its body.
   */
  static Provenance readProvenance(DataInputStream in) throws IOException {
    String magic;
    try {
      magic = in.readUTF();
    } catch (IOException e) {
      throw new IOException("not a behaviour model file: cannot read its header", e);
    }
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a behaviour model file: header is '" + magic + "'");
    }
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException(
          "behaviour model format " + format + " is not supported (" + FORMAT + ")");
    }
    return ProvenanceText.parse(in.readUTF());
  }

  /** Provenance as sorted {@code key=value} lines. */
  static final class ProvenanceText {
    private ProvenanceText() {}

    static String format(Provenance p) {
      StringBuilder sb = new StringBuilder();
      line(sb, "component", p.component());
      line(sb, "version", p.version());
      line(sb, "createdAt", p.createdAt().toString());
      line(sb, "seed", Long.toString(p.seed()));
      p.datasets().forEach((k, v) -> line(sb, "dataset." + k, v));
      p.parameters().forEach((k, v) -> line(sb, "parameter." + k, v));
      p.metrics().forEach((k, v) -> line(sb, "metric." + k, Double.toString(v)));
      return sb.toString();
    }

    static Provenance parse(String text) throws IOException {
      Map<String, String> fields = new TreeMap<>();
      Map<String, String> datasets = new TreeMap<>();
      Map<String, String> parameters = new TreeMap<>();
      Map<String, Double> metrics = new TreeMap<>();
      for (String line : text.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
          throw new IOException("bad provenance line '" + line + "'");
        }
        String key = line.substring(0, eq);
        String value = line.substring(eq + 1);
        if (key.startsWith("dataset.")) {
          datasets.put(key.substring(8), value);
        } else if (key.startsWith("parameter.")) {
          parameters.put(key.substring(10), value);
        } else if (key.startsWith("metric.")) {
          metrics.put(key.substring(7), Double.parseDouble(value));
        } else {
          fields.put(key, value);
        }
      }
      try {
        return new Provenance(
            fields.get("component"),
            fields.get("version"),
            Instant.parse(fields.get("createdAt")),
            datasets,
            parameters,
            Long.parseLong(fields.get("seed")),
            metrics);
      } catch (RuntimeException e) {
        throw new IOException("bad provenance: " + e.getMessage(), e);
      }
    }

    private static void line(StringBuilder sb, String key, String value) {
      if (value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("provenance value of " + key + " has a line break");
      }
      sb.append(key).append('=').append(value).append('\n');
    }
  }
}
