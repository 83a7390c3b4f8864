package dev.affectrec.vision.detect.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a minimal valid ONNX model by hand (protobuf wire format): one Identity node from a float
 * input {@code input} of a chosen shape to an output {@code out}. Lets the tests load a real model
 * of the wrong shape without a Python toolchain.
 */
final class TinyOnnx {
  private TinyOnnx() {}

  static byte[] identity(long... shape) {
    byte[] input = valueInfo("input", shape);
    byte[] output = valueInfo("out", shape);
    byte[] node =
        concat(
            bytesField(1, text("input")),
            bytesField(2, text("out")),
            bytesField(4, text("Identity")));
    byte[] graph =
        concat(
            bytesField(1, node),
            bytesField(2, text("tiny")),
            bytesField(11, input),
            bytesField(12, output));
    byte[] opset = varintField(2, 13);
    return concat(varintField(1, 7), bytesField(7, graph), bytesField(8, opset));
  }

  private static byte[] valueInfo(String name, long... shape) {
    ByteArrayOutputStream dims = new ByteArrayOutputStream();
    for (long d : shape) {
      dims.writeBytes(bytesField(1, varintField(1, d)));
    }
    byte[] tensor = concat(varintField(1, 1), bytesField(2, dims.toByteArray()));
    byte[] type = bytesField(1, tensor);
    return concat(bytesField(1, text(name)), bytesField(2, type));
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] varintField(int field, long value) {
    return concat(varint(field << 3), varint(value));
  }

  private static byte[] bytesField(int field, byte[] payload) {
    return concat(varint((field << 3) | 2), varint(payload.length), payload);
  }

  private static byte[] varint(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
