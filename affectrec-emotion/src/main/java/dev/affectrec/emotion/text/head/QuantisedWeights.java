package dev.affectrec.emotion.text.head;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Symmetric int8 quantisation of a {@link SoftmaxModel}, one scale per class row; biases stay
 * float32. An {@link MlpModel} is its two layers written the same way, hidden layer first.
 * Stateless. Public only for {@link #roundTrip}, which trainers use to score the heads exactly as
 * they will be shipped.
 */
public final class QuantisedWeights {
  private QuantisedWeights() {}

  static void write(SoftmaxModel model, DataOutputStream out) throws IOException {
    int k = model.classes();
    int d = model.dimension();
    float[] w = model.weights();
    out.writeInt(k);
    out.writeInt(d);
    for (float b : model.bias()) {
      out.writeFloat(b);
    }
    byte[] row = new byte[d];
    for (int c = 0; c < k; c++) {
      float max = 0;
      for (int i = 0; i < d; i++) {
        max = Math.max(max, Math.abs(w[c * d + i]));
      }
      float scale = max == 0 ? 1f : max / 127f;
      for (int i = 0; i < d; i++) {
        row[i] = (byte) Math.round(w[c * d + i] / scale);
      }
      out.writeFloat(scale);
      out.write(row);
    }
  }

  static SoftmaxModel read(DataInputStream in) throws IOException {
    int k = in.readInt();
    int d = in.readInt();
    if (k < 2 || k > 1000 || d < 1 || d > 10_000_000) {
      throw new IOException("implausible model shape " + k + "x" + d);
    }
    float[] bias = new float[k];
    for (int c = 0; c < k; c++) {
      bias[c] = in.readFloat();
    }
    float[] w = new float[k * d];
    byte[] row = new byte[d];
    for (int c = 0; c < k; c++) {
      float scale = in.readFloat();
      in.readFully(row);
      for (int i = 0; i < d; i++) {
        w[c * d + i] = row[i] * scale;
      }
    }
    return new SoftmaxModel(k, d, w, bias);
  }

  static void write(MlpModel model, DataOutputStream out) throws IOException {
    write(model.hidden(), out);
    write(model.output(), out);
  }

  static MlpModel readMlp(DataInputStream in) throws IOException {
    SoftmaxModel hidden = read(in);
    SoftmaxModel output = read(in);
    if (output.dimension() != hidden.classes()) {
      throw new IOException(
          "MLP layers do not fit: "
              + hidden.classes()
              + " hidden units, output layer reads "
              + output.dimension());
    }
    return new MlpModel(hidden, output);
  }

  /** The model as it will be after a write and read: weights rounded to int8 levels. */
  public static SoftmaxModel roundTrip(SoftmaxModel model) {
    return roundTrip(out -> write(model, out), QuantisedWeights::read);
  }

  /** The model as it will be after a write and read: both layers rounded to int8 levels. */
  public static MlpModel roundTrip(MlpModel model) {
    return roundTrip(out -> write(model, out), QuantisedWeights::readMlp);
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> T roundTrip(Writer writer, Reader<T> reader) {
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      writer.write(new DataOutputStream(bytes));
      return reader.read(
          new DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
