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
}
