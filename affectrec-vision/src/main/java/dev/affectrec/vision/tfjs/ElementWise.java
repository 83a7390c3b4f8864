package dev.affectrec.vision.tfjs;

import java.util.Arrays;

/** Element-wise arithmetic, activations and softmax. Stateless and thread-safe. */
final class ElementWise {
  private ElementWise() {}

  /**
   * {@code left + right} with NumPy broadcasting.
   *
   * @param inPlace whether {@code left}'s array may be overwritten with a same-shape result
   */
  static Tensor add(Tensor left, Tensor right, boolean inPlace) {
    if (left.channelsFirst()
        && right.channelsFirst()
        && Arrays.equals(left.shape(), right.shape())) {
      float[] x = left.floats();
      float[] y = right.floats();
      float[] out = inPlace ? x : new float[x.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = x[i] + y[i];
      }
      return Tensor.nchw(out, left.dim(0), left.dim(1), left.dim(2), left.dim(3));
    }
    Tensor a = Layouts.toNhwc(left);
    Tensor b = Layouts.toNhwc(right);
    float[] x = a.floats();
    float[] y = b.floats();
    if (Arrays.equals(a.shape(), b.shape())) {
      float[] out = new float[x.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = x[i] + y[i];
      }
      return Tensor.of(out, a.shape());
    }
    int[] shape = broadcastShape(a.shape(), b.shape());
    int[] sa = broadcastStrides(a.shape(), shape);
    int[] sb = broadcastStrides(b.shape(), shape);
    float[] out = new float[Tensor.size(shape)];
    int[] index = new int[shape.length];
    for (int i = 0; i < out.length; i++) {
      int ia = 0;
      int ib = 0;
      for (int d = 0; d < shape.length; d++) {
        ia += index[d] * sa[d];
        ib += index[d] * sb[d];
      }
      out[i] = x[ia] + y[ib];
      for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) {
        index[d] = 0;
      }
    }
    return Tensor.of(out, shape);
  }

  /** {@code activation} applied, in place when {@code inPlace}, else to a copy. */
  static Tensor activate(Tensor input, Activation activation, boolean inPlace) {
    float[] out = inPlace ? input.floats() : input.floats().clone();
    activation.apply(out, 0, out.length);
    return sameLayout(input, out);
  }

  /** {@code data} with the shape and layout of {@code like}. */
  static Tensor sameLayout(Tensor like, float[] data) {
    return like.channelsFirst()
        ? Tensor.nchw(data, like.dim(0), like.dim(1), like.dim(2), like.dim(3))
        : Tensor.of(data, like.shape());
  }

  /** Logistic sigmoid. */
  static Tensor sigmoid(Tensor input) {
    float[] out = input.floats().clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (1.0 / (1.0 + Math.exp(-out[i])));
    }
    return sameLayout(input, out);
  }

  /** Softmax over the last axis. */
  static Tensor softmax(Tensor input) {
    float[] out = input.floats().clone();
    int k = input.dim(input.rank() - 1);
    for (int start = 0; start < out.length; start += k) {
      float max = Float.NEGATIVE_INFINITY;
      for (int i = start; i < start + k; i++) {
        max = Math.max(max, out[i]);
      }
      double sum = 0;
      for (int i = start; i < start + k; i++) {
        out[i] = (float) Math.exp(out[i] - max);
        sum += out[i];
      }
      for (int i = start; i < start + k; i++) {
        out[i] = (float) (out[i] / sum);
      }
    }
    return Tensor.of(out, input.shape());
  }

  private static int[] broadcastShape(int[] a, int[] b) {
    int rank = Math.max(a.length, b.length);
    int[] out = new int[rank];
    for (int d = 0; d < rank; d++) {
      int da = d - (rank - a.length) >= 0 ? a[d - (rank - a.length)] : 1;
      int db = d - (rank - b.length) >= 0 ? b[d - (rank - b.length)] : 1;
      if (da != db && da != 1 && db != 1) {
        throw new IllegalArgumentException(
            "shapes " + Arrays.toString(a) + " and " + Arrays.toString(b) + " do not broadcast");
      }
      out[d] = Math.max(da, db);
    }
    return out;
  }

  private static int[] broadcastStrides(int[] shape, int[] target) {
    int[] strides = new int[target.length];
    int stride = 1;
    for (int d = target.length - 1; d >= 0; d--) {
      int src = d - (target.length - shape.length);
      int size = src >= 0 ? shape[src] : 1;
      strides[d] = size == 1 ? 0 : stride;
      stride *= size;
    }
    return strides;
  }
}
