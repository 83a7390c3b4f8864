package dev.affectrec.vision.tfjs;

import java.util.stream.IntStream;

/**
 * Standard 2-D convolution with optional bias and fused activation. Inputs and outputs are
 * channels-first (NCHW); the convolution is an im2col followed by a matrix product whose inner loop
 * runs over a tile of contiguous output pixels, which the JIT vectorises. Stateless and
 * thread-safe.
 */
final class Convolution {
  /** Multiply-adds above which one convolution is split over output channels and threads. */
  static final long PARALLEL_WORK = 2_000_000L;

  private Convolution() {}

  /**
   * Conv2D. The output is computed tile by tile ({@link ConvWorkspace#TILE} output pixels): the
   * tile's im2col rows (for a 1×1 stride-1 convolution, copies of the input rows) sit in per-thread
   * scratch arrays of their own, indexed from zero, which is the loop shape the JIT vectorises;
   * then every output channel is accumulated over them while they are in cache, and bias and
   * activation are applied as the accumulator is written out.
   *
   * @param input NHWC or NCHW activations
   * @param filter HWIO filter
   * @param packed the filter from {@link #pack}
   * @param bias per output channel, or null
   * @param parallel whether large convolutions may use the common fork-join pool
   * @return NCHW output
   */
  static Tensor conv2d(
      Tensor input,
      Tensor filter,
      float[] packed,
      float[] bias,
      int strideY,
      int strideX,
      boolean same,
      Activation activation,
      boolean parallel) {
    Tensor x = Layouts.toNchw(input);
    ConvGeometry g = ConvGeometry.of(x, filter, strideY, strideX, same);
    int oc = filter.dim(3);
    int pixels = g.oh() * g.ow();
    int k = g.c() * g.kh() * g.kw();
    int kp = paddedDepth(k);
    float[] in = x.floats();
    float[] out = new float[g.n() * oc * pixels];
    boolean direct = g.kh() == 1 && g.kw() == 1 && strideY == 1 && strideX == 1;
    int tiles = (pixels + ConvWorkspace.TILE - 1) / ConvWorkspace.TILE;
    long work = (long) oc * k * pixels;
    for (int b = 0; b < g.n(); b++) {
      int inOffset = b * g.c() * g.h() * g.w();
      int outOffset = b * oc * pixels;
      IntStream range = IntStream.range(0, tiles);
      (parallel && work > PARALLEL_WORK ? range.parallel() : range)
          .forEach(
              t -> {
                int p0 = t * ConvWorkspace.TILE;
                int len = Math.min(ConvWorkspace.TILE, pixels - p0);
                ConvWorkspace ws = ConvWorkspace.get(kp, ConvWorkspace.TILE);
                float[][] rows = ws.rows();
                if (direct) {
                  for (int r = 0; r < k; r++) {
                    System.arraycopy(in, inOffset + r * pixels + p0, rows[r], 0, len);
                  }
                } else {
                  Im2col.tile(in, inOffset, g, strideY, strideX, p0, len, rows);
                }
                for (int r = k; r < kp; r++) {
                  java.util.Arrays.fill(rows[r], 0, len, 0f);
                }
                float[] acc = ws.accumulator();
                for (int o = 0; o < oc; o++) {
                  multiply(packed, o * kp, kp, rows, len, acc);
                  store(
                      acc,
                      len,
                      bias == null ? 0f : bias[o],
                      activation,
                      out,
                      outOffset + o * pixels + p0);
                }
              });
    }
    return Tensor.nchw(out, g.n(), oc, g.oh(), g.ow());
  }

  /** The reduction depth {@code k} rounded up to a multiple of 4. */
  static int paddedDepth(int k) {
    return (k + 3) & ~3;
  }

  /**
   * HWIO filter to [outChannels][kp] in im2col row order, {@code kp = paddedDepth(inChannels * kh *
   * kw)}, zero beyond the real depth.
   */
  static float[] pack(Tensor filter) {
    int kh = filter.dim(0);
    int kw = filter.dim(1);
    int c = filter.dim(2);
    int oc = filter.dim(3);
    float[] f = filter.floats();
    int kp = paddedDepth(c * kh * kw);
    float[] packed = new float[oc * kp];
    for (int ky = 0; ky < kh; ky++) {
      for (int kx = 0; kx < kw; kx++) {
        for (int ic = 0; ic < c; ic++) {
          int row = (ic * kh + ky) * kw + kx;
          int src = ((ky * kw + kx) * c + ic) * oc;
          for (int o = 0; o < oc; o++) {
            packed[o * kp + row] = f[src + o];
          }
        }
      }
    }
    return packed;
  }

  /**
   * acc[p] = sum_r packed[wb + r] * rows[r][p] for p in [0, len), four rows per pass: zero-based
   * indices into separate arrays keep the loop vectorisable.
   */
  private static void multiply(
      float[] packed, int wb, int kp, float[][] rows, int len, float[] acc) {
    {
      float w0 = packed[wb];
      float w1 = packed[wb + 1];
      float w2 = packed[wb + 2];
      float w3 = packed[wb + 3];
      float[] a0 = rows[0];
      float[] a1 = rows[1];
      float[] a2 = rows[2];
      float[] a3 = rows[3];
      for (int p = 0; p < len; p++) {
        acc[p] = w0 * a0[p] + w1 * a1[p] + w2 * a2[p] + w3 * a3[p];
      }
    }
    for (int r = 4; r < kp; r += 4) {
      float w0 = packed[wb + r];
      float w1 = packed[wb + r + 1];
      float w2 = packed[wb + r + 2];
      float w3 = packed[wb + r + 3];
      float[] a0 = rows[r];
      float[] a1 = rows[r + 1];
      float[] a2 = rows[r + 2];
      float[] a3 = rows[r + 3];
      for (int p = 0; p < len; p++) {
        acc[p] += w0 * a0[p] + w1 * a1[p] + w2 * a2[p] + w3 * a3[p];
      }
    }
  }

  /**
   * out[dst + p] = activation(acc[p] + bias) for p in [0, len): applied in the zero-based
   * accumulator (a vectorisable loop), then one array copy to the output.
   */
  private static void store(
      float[] acc, int len, float bias, Activation activation, float[] out, int dst) {
    switch (activation) {
      case NONE -> {
        for (int p = 0; p < len; p++) {
          acc[p] += bias;
        }
      }
      case RELU -> {
        for (int p = 0; p < len; p++) {
          acc[p] = Math.max(acc[p] + bias, 0f);
        }
      }
      case RELU6 -> {
        for (int p = 0; p < len; p++) {
          acc[p] = Math.min(Math.max(acc[p] + bias, 0f), 6f);
        }
      }
    }
    System.arraycopy(acc, 0, out, dst, len);
  }
}
