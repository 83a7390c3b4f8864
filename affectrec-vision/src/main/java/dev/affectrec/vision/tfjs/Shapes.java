package dev.affectrec.vision.tfjs;

import java.util.Arrays;

/** Reshape, constant padding and mean reduction. Stateless and thread-safe. */
final class Shapes {
  private Shapes() {}

  /** Reshape; at most one dimension may be -1 and is inferred. */
  static Tensor reshape(Tensor input, int[] requested) {
    int[] shape = requested.clone();
    int inferred = -1;
    int known = 1;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == -1) {
        if (inferred >= 0) {
          throw new IllegalArgumentException("reshape to " + Arrays.toString(requested));
        }
        inferred = d;
      } else {
        known *= shape[d];
      }
    }
    if (inferred >= 0) {
      if (known == 0 || input.size() % known != 0) {
        throw new IllegalArgumentException(
            "cannot reshape " + input.describe() + " to " + Arrays.toString(requested));
      }
      shape[inferred] = input.size() / known;
    }
    if (Tensor.size(shape) != input.size()) {
      throw new IllegalArgumentException(
          "cannot reshape " + input.describe() + " to " + Arrays.toString(requested));
    }
    return input.reshaped(shape);
  }

  /**
   * Pads with {@code value}; {@code paddings} is [rank, 2] (before, after) per dimension, in NHWC
   * order for 4-D tensors whatever their internal layout.
   */
  static Tensor pad(Tensor input, int[] paddings, float value) {
    if (input.channelsFirst() && paddings.length == 8) {
      int[] nchw = {
        paddings[0],
        paddings[1],
        paddings[6],
        paddings[7],
        paddings[2],
        paddings[3],
        paddings[4],
        paddings[5]
      };
      Tensor padded = padRowMajor(input, nchw, value);
      return Tensor.nchw(
          padded.floats(), padded.dim(0), padded.dim(1), padded.dim(2), padded.dim(3));
    }
    return padRowMajor(Layouts.toNhwc(input), paddings, value);
  }

  private static Tensor padRowMajor(Tensor input, int[] paddings, float value) {
    int rank = input.rank();
    if (paddings.length != rank * 2) {
      throw new IllegalArgumentException(
          "paddings " + Arrays.toString(paddings) + " do not match " + input.describe());
    }
    int[] in = input.shape();
    int[] out = new int[rank];
    for (int d = 0; d < rank; d++) {
      if (paddings[2 * d] < 0 || paddings[2 * d + 1] < 0) {
        throw new IllegalArgumentException("negative padding " + Arrays.toString(paddings));
      }
      out[d] = in[d] + paddings[2 * d] + paddings[2 * d + 1];
    }
    float[] src = input.floats();
    float[] dst = new float[Tensor.size(out)];
    if (value != 0f) {
      Arrays.fill(dst, value);
    }
    int inner = in[rank - 1];
    int[] index = new int[rank - 1];
    for (int start = 0; start < src.length; start += inner) {
      int o = 0;
      for (int d = 0; d < rank - 1; d++) {
        o = o * out[d] + index[d] + paddings[2 * d];
      }
      o = o * out[rank - 1] + paddings[2 * (rank - 1)];
      System.arraycopy(src, start, dst, o, inner);
      for (int d = rank - 2; d >= 0 && ++index[d] == in[d]; d--) {
        index[d] = 0;
      }
    }
    return Tensor.of(dst, out);
  }

  /** Mean over {@code axes} (NHWC axes; negative axes count from the end). */
  static Tensor mean(Tensor tensor, int[] axes, boolean keepDims) {
    if (tensor.channelsFirst() && !keepDims && isSpatial(axes)) {
      return spatialMean(tensor);
    }
    Tensor input = Layouts.toNhwc(tensor);
    int rank = input.rank();
    int[] in = input.shape();
    boolean[] reduced = new boolean[rank];
    for (int axis : axes) {
      int a = axis < 0 ? axis + rank : axis;
      if (a < 0 || a >= rank) {
        throw new IllegalArgumentException(
            "axis " + axis + " out of range for " + input.describe());
      }
      reduced[a] = true;
    }
    int[] kept = new int[rank];
    int count = 1;
    for (int d = 0; d < rank; d++) {
      kept[d] = reduced[d] ? 1 : in[d];
      count *= reduced[d] ? in[d] : 1;
    }
    double[] sums = new double[Tensor.size(kept)];
    float[] src = input.floats();
    int[] index = new int[rank];
    for (float v : src) {
      int o = 0;
      for (int d = 0; d < rank; d++) {
        o = o * kept[d] + (reduced[d] ? 0 : index[d]);
      }
      sums[o] += v;
      for (int d = rank - 1; d >= 0 && ++index[d] == in[d]; d--) {
        index[d] = 0;
      }
    }
    float[] out = new float[sums.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (sums[i] / count);
    }
    if (keepDims) {
      return Tensor.of(out, kept);
    }
    return Tensor.of(out, Arrays.stream(in).filter(new ShapeFilter(reduced)).toArray());
  }

  private static boolean isSpatial(int[] axes) {
    int[] sorted = Arrays.stream(axes).map(a -> a < 0 ? a + 4 : a).sorted().toArray();
    return Arrays.equals(sorted, new int[] {1, 2});
  }

  /** Global average pooling of an NCHW tensor to [n, c]. */
  private static Tensor spatialMean(Tensor x) {
    int planes = x.dim(0) * x.dim(1);
    int size = x.dim(2) * x.dim(3);
    float[] in = x.floats();
    float[] out = new float[planes];
    for (int p = 0; p < planes; p++) {
      double sum = 0;
      for (int i = p * size; i < (p + 1) * size; i++) {
        sum += in[i];
      }
      out[p] = (float) (sum / size);
    }
    return Tensor.of(out, x.dim(0), x.dim(1));
  }

  /** Keeps the dimensions that are not reduced, in order. */
  private static final class ShapeFilter implements java.util.function.IntPredicate {
    private final boolean[] reduced;
    private int position;

    ShapeFilter(boolean[] reduced) {
      this.reduced = reduced;
    }

    @Override
    public boolean test(int value) {
      return !reduced[position++];
    }
  }
}
