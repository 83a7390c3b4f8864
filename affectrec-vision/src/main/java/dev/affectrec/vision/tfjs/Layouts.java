package dev.affectrec.vision.tfjs;

/** Conversions between NHWC and the executor's internal NCHW layout. Stateless. */
final class Layouts {
  private Layouts() {}

  /** The tensor channels-first; 4-D NHWC float tensors are transposed, others returned as is. */
  static Tensor toNchw(Tensor t) {
    if (t.channelsFirst() || t.rank() != 4 || t.isInt()) {
      return t;
    }
    int n = t.dim(0);
    int h = t.dim(1);
    int w = t.dim(2);
    int c = t.dim(3);
    float[] src = t.floats();
    float[] dst = new float[src.length];
    int plane = h * w;
    for (int b = 0; b < n; b++) {
      for (int p = 0; p < plane; p++) {
        int s = (b * plane + p) * c;
        int d = b * c * plane + p;
        for (int k = 0; k < c; k++) {
          dst[d + k * plane] = src[s + k];
        }
      }
    }
    return Tensor.nchw(dst, n, c, h, w);
  }

  /** The tensor in NHWC; channels-first tensors are transposed back. */
  static Tensor toNhwc(Tensor t) {
    if (!t.channelsFirst()) {
      return t;
    }
    int n = t.dim(0);
    int c = t.dim(1);
    int h = t.dim(2);
    int w = t.dim(3);
    float[] src = t.floats();
    float[] dst = new float[src.length];
    int plane = h * w;
    for (int b = 0; b < n; b++) {
      for (int k = 0; k < c; k++) {
        int s = (b * c + k) * plane;
        for (int p = 0; p < plane; p++) {
          dst[(b * plane + p) * c + k] = src[s + p];
        }
      }
    }
    return Tensor.of(dst, n, h, w, c);
  }
}
