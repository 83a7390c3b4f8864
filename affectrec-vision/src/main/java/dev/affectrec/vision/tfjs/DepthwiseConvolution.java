package dev.affectrec.vision.tfjs;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * DepthwiseConv2dNative over channels-first tensors. Each output row is accumulated in a zero-based
 * scratch row from zero-padded copies of the input rows it needs, so the inner loops have the shape
 * the JIT vectorises and no bounds tests; 3×3 stride-1 windows take a specialised nine-tap loop.
 * Stateless and thread-safe.
 */
final class DepthwiseConvolution {
  private DepthwiseConvolution() {}

  /**
   * DepthwiseConv2dNative with a filter of shape [kh, kw, channels, multiplier].
   *
   * @param input NHWC or NCHW activations
   * @param parallel whether large convolutions may use the common fork-join pool
   * @return NCHW output with channels × multiplier channels
   */
  static Tensor apply(
      Tensor input, Tensor filter, int strideY, int strideX, boolean same, boolean parallel) {
    Tensor x = Layouts.toNchw(input);
    ConvGeometry g = ConvGeometry.of(x, filter, strideY, strideX, same);
    int mult = filter.dim(3);
    int oc = g.c() * mult;
    int oh = g.oh();
    int ow = g.ow();
    int span = (ow - 1) * strideX + g.kw();
    float[] in = x.floats();
    float[] f = filter.floats();
    float[] out = new float[g.n() * oc * oh * ow];
    long work = (long) g.n() * oc * oh * ow * g.kh() * g.kw();
    boolean threeByThree = g.kh() == 3 && g.kw() == 3 && strideX == 1;
    IntStream planes = IntStream.range(0, g.n() * oc);
    (parallel && work > Convolution.PARALLEL_WORK ? planes.parallel() : planes)
        .forEach(
            plane -> {
              int b = plane / oc;
              int o = plane % oc;
              int ic = o / mult;
              float[] taps = new float[g.kh() * g.kw()];
              for (int t = 0; t < taps.length; t++) {
                taps[t] = f[(t * g.c() + ic) * mult + o % mult];
              }
              ConvWorkspace ws = ConvWorkspace.get(g.kh(), Math.max(span, ow));
              int src = (b * g.c() + ic) * g.h() * g.w();
              int dst = plane * oh * ow;
              for (int oy = 0; oy < oh; oy++) {
                float[][] rows = ws.rows();
                for (int ky = 0; ky < g.kh(); ky++) {
                  paddedRow(in, src, g, oy * strideY - g.wy().padBefore() + ky, span, rows[ky]);
                }
                float[] acc = ws.accumulator();
                if (threeByThree) {
                  nineTaps(rows, taps, ow, acc);
                } else {
                  anyWindow(rows, taps, g.kh(), g.kw(), strideX, ow, acc);
                }
                System.arraycopy(acc, 0, out, dst + oy * ow, ow);
              }
            });
    return Tensor.nchw(out, g.n(), oc, oh, ow);
  }

  /** Input row {@code iy} shifted by the left padding, zero outside the input, into {@code row}. */
  private static void paddedRow(
      float[] in, int src, ConvGeometry g, int iy, int span, float[] row) {
    if (iy < 0 || iy >= g.h()) {
      Arrays.fill(row, 0, span, 0f);
      return;
    }
    int pad = g.wx().padBefore();
    int copy = Math.min(g.w(), span - pad);
    Arrays.fill(row, 0, pad, 0f);
    System.arraycopy(in, src + iy * g.w(), row, pad, copy);
    Arrays.fill(row, pad + copy, span, 0f);
  }

  private static void nineTaps(float[][] rows, float[] k, int ow, float[] acc) {
    float[] r0 = rows[0];
    float[] r1 = rows[1];
    float[] r2 = rows[2];
    float k0 = k[0];
    float k1 = k[1];
    float k2 = k[2];
    float k3 = k[3];
    float k4 = k[4];
    float k5 = k[5];
    float k6 = k[6];
    float k7 = k[7];
    float k8 = k[8];
    for (int x = 0; x < ow; x++) {
      acc[x] =
          (k0 * r0[x] + k1 * r0[x + 1] + k2 * r0[x + 2])
              + (k3 * r1[x] + k4 * r1[x + 1] + k5 * r1[x + 2])
              + (k6 * r2[x] + k7 * r2[x + 1] + k8 * r2[x + 2]);
    }
  }

  private static void anyWindow(
      float[][] rows, float[] taps, int kh, int kw, int strideX, int ow, float[] acc) {
    Arrays.fill(acc, 0, ow, 0f);
    for (int ky = 0; ky < kh; ky++) {
      float[] row = rows[ky];
      for (int kx = 0; kx < kw; kx++) {
        float t = taps[ky * kw + kx];
        for (int ox = 0; ox < ow; ox++) {
          acc[ox] += t * row[ox * strideX + kx];
        }
      }
    }
  }
}
