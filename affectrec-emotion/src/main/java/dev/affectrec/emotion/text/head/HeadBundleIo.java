package dev.affectrec.emotion.text.head;

import dev.affectrec.emotion.text.features.NgramExtractor;
import dev.affectrec.emotion.text.features.TfidfVocabulary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes {@link HeadBundle}s as gzipped binary files. Weights are stored as int8 with one
 * float scale per class row (about 4x smaller than float32; the metrics recorded in provenance are
 * measured on the quantised heads). Stateless.
 *
 * <p>Formats: 1 (until issue 14 item 7) has a logistic-regression embedding half in every head; 2,
 * written now, puts one byte before each head's embedding half naming its kind ({@value
 * #SOFTMAX_KIND} logistic regression, {@value #MLP_KIND} one-hidden-layer MLP). Both are read.
 */
public final class HeadBundleIo {
  /** The format {@link #write} writes. */
  public static final int FORMAT = 2;

  private static final int MAGIC = 0xAFEC7E01;
  private static final int FIRST_FORMAT = 1;
  private static final int SOFTMAX_KIND = 0;
  private static final int MLP_KIND = 1;

  private HeadBundleIo() {}

  /** Writes {@code bundle} to {@code out}; the caller closes {@code out}. */
  public static void write(HeadBundle bundle, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(gz);
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    data.writeUTF(bundle.language());
    data.writeUTF(bundle.encoder());
    writeLong(data, ProvenanceJson.write(bundle.provenance()));
    TfidfVocabulary vocab = bundle.vocabulary();
    data.writeUTF(vocab.extractor().name());
    data.writeInt(vocab.size());
    float[] idf = vocab.idf();
    for (int i = 0; i < vocab.size(); i++) {
      data.writeUTF(vocab.terms().get(i));
      data.writeFloat(idf[i]);
    }
    data.writeInt(bundle.heads().size());
    for (TextHead head : bundle.heads().values()) {
      data.writeUTF(head.task());
      data.writeInt(head.labels().size());
      for (String label : head.labels()) {
        data.writeUTF(label);
      }
      data.writeBoolean(head.multiLabel());
      data.writeDouble(head.embeddingWeight());
      data.writeDouble(head.temperature());
      data.writeDouble(head.threshold());
      for (double a : head.adjustment()) {
        data.writeDouble(a);
      }
      if (head.embeddingModel() instanceof MlpModel mlp) {
        data.writeByte(MLP_KIND);
        QuantisedWeights.write(mlp, data);
      } else {
        data.writeByte(SOFTMAX_KIND);
        QuantisedWeights.write((SoftmaxModel) head.embeddingModel(), data);
      }
      QuantisedWeights.write(head.tfidfModel(), data);
    }
    data.flush();
    gz.finish();
  }

  /**
   * Reads a bundle.
   *
   * @throws IOException if the stream is not a head bundle, is truncated or corrupt; the message
   *     names {@code source}
   */
  public static HeadBundle read(InputStream in, String source) throws IOException {
    try {
      DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
      if (data.readInt() != MAGIC) {
        throw new IOException("head file " + source + " is not an AffectRec head bundle");
      }
      int format = data.readInt();
      if (format != FORMAT && format != FIRST_FORMAT) {
        throw new IOException("head file " + source + " has unsupported format " + format);
      }
      String language = data.readUTF();
      String encoder = data.readUTF();
      var provenance = ProvenanceJson.read(readLong(data));
      NgramExtractor extractor = NgramExtractor.valueOf(data.readUTF());
      int size = data.readInt();
      List<String> terms = new ArrayList<>(size);
      float[] idf = new float[size];
      for (int i = 0; i < size; i++) {
        terms.add(data.readUTF());
        idf[i] = data.readFloat();
      }
      int count = data.readInt();
      Map<String, TextHead> heads = new LinkedHashMap<>();
      for (int h = 0; h < count; h++) {
        String task = data.readUTF();
        int n = data.readInt();
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          labels.add(data.readUTF());
        }
        boolean multi = data.readBoolean();
        double weight = data.readDouble();
        double temperature = data.readDouble();
        double threshold = data.readDouble();
        double[] adjustment = new double[n];
        for (int i = 0; i < n; i++) {
          adjustment[i] = data.readDouble();
        }
        ProbabilityModel emb =
            format == FIRST_FORMAT ? QuantisedWeights.read(data) : embedding(data);
        SoftmaxModel tfidf = QuantisedWeights.read(data);
        heads.put(
            task,
            new TextHead(
                task, labels, multi, emb, tfidf, weight, temperature, threshold, adjustment));
      }
      return new HeadBundle(
          language, encoder, new TfidfVocabulary(extractor, terms, idf), heads, provenance);
    } catch (EOFException e) {
      throw new IOException("head file " + source + " is truncated", e);
    } catch (ZipException | IllegalArgumentException e) {
      throw new IOException("head file " + source + " is corrupt: " + e.getMessage(), e);
    }
  }

  private static ProbabilityModel embedding(DataInputStream data) throws IOException {
    int kind = data.readUnsignedByte();
    return switch (kind) {
      case SOFTMAX_KIND -> QuantisedWeights.read(data);
      case MLP_KIND -> QuantisedWeights.readMlp(data);
      default -> throw new IOException("unknown embedding model kind " + kind);
    };
  }

  private static void writeLong(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readLong(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("bad string length " + n);
    }
    byte[] bytes = new byte[n];
    in.readFully(bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
