package dev.affectrec.vision.tfjs;

import java.util.stream.IntStream;

/**
 * DepthwiseConv2dNative over channels-first tensors. For each input row a window needs, one "tap
 * row" per filter column is gathered into a zero-based scratch array (tap row {@code kx} holds the
 * input under that column for every output pixel of the row, zero in the padding); an output row is
 * then a weighted sum of {@code kh * kw} tap rows, three at a time, which is the loop shape the JIT
 * vectorises. With a vertical stride of 1 the tap rows of an input row are gathered once and kept
 * in a ring for the {@code kh} output rows that read them. Stateless and thread-safe.
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
    float[] in = x.floats();
    float[] f = filter.floats();
    float[] out = new float[g.n() * oc * g.oh() * g.ow()];
    long work = (long) out.length * g.kh() * g.kw();
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
              int src = (b * g.c() + ic) * g.h() * g.w();
              plane(in, src, g, strideY, strideX, taps, out, plane * g.oh() * g.ow());
            });
    return Tensor.nchw(out, g.n(), oc, g.oh(), g.ow());
  }

  private static void plane(
      float[] in,
      int src,
      ConvGeometry g,
      int strideY,
      int strideX,
      float[] taps,
      float[] out,
      int dst) {
    int kh = g.kh();
    int kw = g.kw();
    int ow = g.ow();
    ConvWorkspace ws = ConvWorkspace.get(kh * kw, ow);
    float[][] rows = ws.rows();
    float[][] picked = new float[kh * kw][];
    float[] acc = ws.accumulator();
    int top = -g.wy().padBefore();
    for (int oy = 0; oy < g.oh(); oy++) {
      for (int ky = 0; ky < kh; ky++) {
        int iy = oy * strideY + top + ky;
        int slot = strideY == 1 ? Math.floorMod(iy, kh) : ky;
        boolean fresh = strideY != 1 || oy == 0 || ky == kh - 1;
        for (int kx = 0; kx < kw; kx++) {
          float[] row = rows[slot * kw + kx];
          if (fresh) {
            tapRow(in, src, g, iy, kx - g.wx().padBefore(), strideX, row);
          }
          picked[ky * kw + kx] = row;
        }
      }
      weightedSum(picked, taps, ow, acc);
      System.arraycopy(acc, 0, out, dst + oy * ow, ow);
    }
  }

  /** row[x] = input(iy, x * strideX + shift) for x in [0, ow), zero outside the input. */
  private static void tapRow(
      float[] in, int src, ConvGeometry g, int iy, int shift, int strideX, float[] row) {
    int w = g.w();
    int ow = g.ow();
    if (iy < 0 || iy >= g.h()) {
      java.util.Arrays.fill(row, 0, ow, 0f);
      return;
    }
    int start = src + iy * w + shift;
    // x * strideX + shift in [0, w) for x in [from, to)
    int from = Math.min(ow, shift >= 0 ? 0 : (-shift + strideX - 1) / strideX);
    int to = Math.max(from, Math.min(ow, w - shift <= 0 ? 0 : (w - shift - 1) / strideX + 1));
    for (int x = 0; x < from; x++) {
      row[x] = 0f;
    }
    if (strideX == 1) {
      System.arraycopy(in, start + from, row, from, to - from);
    } else {
      for (int x = from; x < to; x++) {
        row[x] = in[start + x * strideX];
      }
    }
    for (int x = to; x < ow; x++) {
      row[x] = 0f;
    }
  }

  /** acc[x] = sum_t taps[t] * rows[t][x], three rows per pass. */
  private static void weightedSum(float[][] rows, float[] taps, int ow, float[] acc) {
    int t = 0;
    for (; t + 2 < taps.length; t += 3) {
      float k0 = taps[t];
      float k1 = taps[t + 1];
      float k2 = taps[t + 2];
      float[] a0 = rows[t];
      float[] a1 = rows[t + 1];
      float[] a2 = rows[t + 2];
      if (t == 0) {
        for (int x = 0; x < ow; x++) {
          acc[x] = k0 * a0[x] + k1 * a1[x] + k2 * a2[x];
        }
      } else {
        for (int x = 0; x < ow; x++) {
          acc[x] += k0 * a0[x] + k1 * a1[x] + k2 * a2[x];
        }
      }
    }
    for (; t < taps.length; t++) {
      float k0 = taps[t];
      float[] a0 = rows[t];
      if (t == 0) {
        for (int x = 0; x < ow; x++) {
          acc[x] = k0 * a0[x];
        }
      } else {
        for (int x = 0; x < ow; x++) {
          acc[x] += k0 * a0[x];
        }
      }
    }
  }
}
