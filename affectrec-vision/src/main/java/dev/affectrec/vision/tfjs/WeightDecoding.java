package dev.affectrec.vision.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;

/** Decodes one weight entry from the little-endian shard bytes. Stateless. */
final class WeightDecoding {
  private WeightDecoding() {}

  /** An unquantised float32 or int32 weight; advances {@code bytes}. */
  static Tensor plain(ByteBuffer bytes, int count, int[] shape, String dtype) {
    requireRemaining(bytes, count * 4L);
    switch (dtype) {
      case "float32" -> {
        float[] data = new float[count];
        bytes.asFloatBuffer().get(data);
        bytes.position(bytes.position() + count * 4);
        return Tensor.of(data, shape);
      }
      case "int32" -> {
        int[] data = new int[count];
        bytes.asIntBuffer().get(data);
        bytes.position(bytes.position() + count * 4);
        return Tensor.ofInts(data, shape);
      }
      default -> throw new IllegalArgumentException("unsupported dtype " + dtype);
    }
  }

  /** A uint8 or uint16 affine-quantised float32 weight: {@code min + q * scale}. */
  static Tensor dequantize(ByteBuffer bytes, int count, int[] shape, JsonNode quantization) {
    String qtype = quantization.path("dtype").asText();
    double scale = quantization.path("scale").asDouble();
    double min = quantization.path("min").asDouble();
    float[] data = new float[count];
    switch (qtype) {
      case "uint8" -> {
        requireRemaining(bytes, count);
        for (int i = 0; i < count; i++) {
          data[i] = (float) (min + (bytes.get() & 0xff) * scale);
        }
      }
      case "uint16" -> {
        requireRemaining(bytes, count * 2L);
        for (int i = 0; i < count; i++) {
          data[i] = (float) (min + (bytes.getShort() & 0xffff) * scale);
        }
      }
      default -> throw new IllegalArgumentException("unsupported quantization dtype " + qtype);
    }
    return Tensor.of(data, shape);
  }

  private static void requireRemaining(ByteBuffer bytes, long needed) {
    if (bytes.remaining() < needed) {
      throw new IllegalArgumentException(
          "shard too short: needs " + needed + " bytes, has " + bytes.remaining());
    }
  }
}
