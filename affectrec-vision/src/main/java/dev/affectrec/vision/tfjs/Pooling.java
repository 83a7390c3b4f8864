package dev.affectrec.vision.tfjs;

import java.util.Arrays;

/** Max pooling over channels-first tensors. Stateless and thread-safe. */
final class Pooling {
  private Pooling() {}

  /** MaxPool; positions in the SAME padding are ignored, as in TensorFlow. Returns NCHW. */
  static Tensor maxPool(Tensor input, int kh, int kw, int strideY, int strideX, boolean same) {
    Tensor x = Layouts.toNchw(input);
    int planes = x.dim(0) * x.dim(1);
    int h = x.dim(2);
    int w = x.dim(3);
    Window wy = Window.of(h, kh, strideY, same);
    Window wx = Window.of(w, kw, strideX, same);
    int oh = wy.out();
    int ow = wx.out();
    float[] in = x.floats();
    float[] out = new float[planes * oh * ow];
    if (kh == 2 && kw == 2 && strideY == 2 && strideX == 2 && 2 * oh <= h && 2 * ow <= w) {
      twoByTwo(in, planes, h, w, oh, ow, out);
      return Tensor.nchw(out, x.dim(0), x.dim(1), oh, ow);
    }
    Arrays.fill(out, Float.NEGATIVE_INFINITY);
    for (int plane = 0; plane < planes; plane++) {
      int src = plane * h * w;
      int dst = plane * oh * ow;
      for (int oy = 0; oy < oh; oy++) {
        for (int ky = 0; ky < kh; ky++) {
          int iy = oy * strideY - wy.padBefore() + ky;
          if (iy < 0 || iy >= h) {
            continue;
          }
          for (int ox = 0; ox < ow; ox++) {
            int o = dst + oy * ow + ox;
            for (int kx = 0; kx < kw; kx++) {
              int ix = ox * strideX - wx.padBefore() + kx;
              if (ix >= 0 && ix < w) {
                out[o] = Math.max(out[o], in[src + iy * w + ix]);
              }
            }
          }
        }
      }
    }
    return Tensor.nchw(out, x.dim(0), x.dim(1), oh, ow);
  }

  /** 2×2 windows at stride 2 that all lie inside the input: no padding tests. */
  private static void twoByTwo(float[] in, int planes, int h, int w, int oh, int ow, float[] out) {
    for (int plane = 0; plane < planes; plane++) {
      for (int oy = 0; oy < oh; oy++) {
        int r0 = plane * h * w + 2 * oy * w;
        int r1 = r0 + w;
        int o = (plane * oh + oy) * ow;
        for (int ox = 0; ox < ow; ox++) {
          int i = 2 * ox;
          out[o + ox] =
              Math.max(Math.max(in[r0 + i], in[r0 + i + 1]), Math.max(in[r1 + i], in[r1 + i + 1]));
        }
      }
    }
  }
}
