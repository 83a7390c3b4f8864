package dev.affectrec.vision.tfjs;

import java.util.stream.IntStream;

/**
 * Standard and depthwise 2-D convolution with optional bias and fused activation. Inputs and
 * outputs are channels-first (NCHW); a standard convolution is an im2col followed by a matrix
 * product whose inner loop runs over a tile of contiguous output pixels, which the JIT vectorises.
 * Stateless and thread-safe.
 */
final class Convolution {
  /** Multiply-adds above which one convolution is split over output channels and threads. */
  static final long PARALLEL_WORK = 2_000_000L;

  /** Output pixels per tile of the matrix product: keeps the tile's columns in cache. */
  private static final int TILE = 256;

  private Convolution() {}

  /**
   * Conv2D.
   *
   * @param input NHWC or NCHW activations
   * @param filter HWIO filter
   * @param packed the filter as [outChannels][inChannels * kh * kw], from {@link #pack}
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
    int n = g.n();
    int c = g.c();
    int h = g.h();
    int w = g.w();
    int kh = g.kh();
    int kw = g.kw();
    int oc = filter.dim(3);
    Window wy = g.wy();
    Window wx = g.wx();
    int oh = g.oh();
    int ow = g.ow();
    int pixels = oh * ow;
    int k = c * kh * kw;
    float[] in = x.floats();
    float[] out = new float[n * oc * pixels];
    boolean direct = kh == 1 && kw == 1 && strideY == 1 && strideX == 1;
    for (int b = 0; b < n; b++) {
      float[] col;
      int colOffset;
      if (direct) {
        col = in;
        colOffset = b * c * h * w;
      } else {
        col = im2col(in, b * c * h * w, c, h, w, kh, kw, strideY, strideX, wy, wx);
        colOffset = 0;
      }
      int outOffset = b * oc * pixels;
      long work = (long) oc * k * pixels;
      IntStream channels = IntStream.range(0, oc);
      (parallel && work > PARALLEL_WORK ? channels.parallel() : channels)
          .forEach(
              o -> {
                multiply(packed, o, k, col, colOffset, pixels, out, outOffset, bias);
                activation.apply(out, outOffset + o * pixels, outOffset + (o + 1) * pixels);
              });
    }
    return Tensor.nchw(out, n, oc, oh, ow);
  }

  /** HWIO filter to [outChannels][inChannels * kh * kw], the im2col row order. */
  static float[] pack(Tensor filter) {
    int kh = filter.dim(0);
    int kw = filter.dim(1);
    int c = filter.dim(2);
    int oc = filter.dim(3);
    float[] f = filter.floats();
    int k = c * kh * kw;
    float[] packed = new float[oc * k];
    for (int ky = 0; ky < kh; ky++) {
      for (int kx = 0; kx < kw; kx++) {
        for (int ic = 0; ic < c; ic++) {
          int row = (ic * kh + ky) * kw + kx;
          int src = ((ky * kw + kx) * c + ic) * oc;
          for (int o = 0; o < oc; o++) {
            packed[o * k + row] = f[src + o];
          }
        }
      }
    }
    return packed;
  }

  /** out[o][p] = bias[o] + sum_r packed[o][r] * col[r][p], tile by tile, four rows at a time. */
  private static void multiply(
      float[] packed,
      int o,
      int k,
      float[] col,
      int colOffset,
      int pixels,
      float[] out,
      int outOffset,
      float[] bias) {
    int ob = outOffset + o * pixels;
    int wb = o * k;
    float b0 = bias == null ? 0f : bias[o];
    for (int p0 = 0; p0 < pixels; p0 += TILE) {
      int p1 = Math.min(pixels, p0 + TILE);
      for (int p = p0; p < p1; p++) {
        out[ob + p] = b0;
      }
      int r = 0;
      for (; r + 7 < k; r += 8) {
        float w0 = packed[wb + r];
        float w1 = packed[wb + r + 1];
        float w2 = packed[wb + r + 2];
        float w3 = packed[wb + r + 3];
        float w4 = packed[wb + r + 4];
        float w5 = packed[wb + r + 5];
        float w6 = packed[wb + r + 6];
        float w7 = packed[wb + r + 7];
        int c0 = colOffset + r * pixels;
        int c1 = c0 + pixels;
        int c2 = c1 + pixels;
        int c3 = c2 + pixels;
        int c4 = c3 + pixels;
        int c5 = c4 + pixels;
        int c6 = c5 + pixels;
        int c7 = c6 + pixels;
        for (int p = p0; p < p1; p++) {
          out[ob + p] +=
              (w0 * col[c0 + p] + w1 * col[c1 + p] + w2 * col[c2 + p] + w3 * col[c3 + p])
                  + (w4 * col[c4 + p] + w5 * col[c5 + p] + w6 * col[c6 + p] + w7 * col[c7 + p]);
        }
      }
      for (; r + 3 < k; r += 4) {
        float w0 = packed[wb + r];
        float w1 = packed[wb + r + 1];
        float w2 = packed[wb + r + 2];
        float w3 = packed[wb + r + 3];
        int c0 = colOffset + r * pixels;
        int c1 = c0 + pixels;
        int c2 = c1 + pixels;
        int c3 = c2 + pixels;
        for (int p = p0; p < p1; p++) {
          out[ob + p] += w0 * col[c0 + p] + w1 * col[c1 + p] + w2 * col[c2 + p] + w3 * col[c3 + p];
        }
      }
      for (; r < k; r++) {
        float w0 = packed[wb + r];
        int c0 = colOffset + r * pixels;
        for (int p = p0; p < p1; p++) {
          out[ob + p] += w0 * col[c0 + p];
        }
      }
    }
  }

  private static float[] im2col(
      float[] in,
      int offset,
      int c,
      int h,
      int w,
      int kh,
      int kw,
      int strideY,
      int strideX,
      Window wy,
      Window wx) {
    int oh = wy.out();
    int ow = wx.out();
    int pixels = oh * ow;
    float[] col = new float[c * kh * kw * pixels];
    for (int ic = 0; ic < c; ic++) {
      int plane = offset + ic * h * w;
      for (int ky = 0; ky < kh; ky++) {
        for (int kx = 0; kx < kw; kx++) {
          int row = ((ic * kh + ky) * kw + kx) * pixels;
          for (int oy = 0; oy < oh; oy++) {
            int iy = oy * strideY - wy.padBefore() + ky;
            if (iy < 0 || iy >= h) {
              continue;
            }
            int src = plane + iy * w;
            int dst = row + oy * ow;
            for (int ox = 0; ox < ow; ox++) {
              int ix = ox * strideX - wx.padBefore() + kx;
              if (ix >= 0 && ix < w) {
                col[dst + ox] = in[src + ix];
              }
            }
          }
        }
      }
    }
    return col;
  }

  /**
   * DepthwiseConv2dNative with a filter of shape [kh, kw, channels, multiplier].
   *
   * @return NCHW output with channels × multiplier channels
   */
  static Tensor depthwise(
      Tensor input, Tensor filter, int strideY, int strideX, boolean same, boolean parallel) {
    Tensor x = Layouts.toNchw(input);
    ConvGeometry g = ConvGeometry.of(x, filter, strideY, strideX, same);
    int n = g.n();
    int c = g.c();
    int h = g.h();
    int w = g.w();
    int kh = g.kh();
    int kw = g.kw();
    int mult = filter.dim(3);
    Window wy = g.wy();
    Window wx = g.wx();
    int oh = g.oh();
    int ow = g.ow();
    int oc = c * mult;
    float[] in = x.floats();
    float[] f = filter.floats();
    float[] out = new float[n * oc * oh * ow];
    long work = (long) n * oc * oh * ow * kh * kw;
    IntStream planes = IntStream.range(0, n * oc);
    (parallel && work > PARALLEL_WORK ? planes.parallel() : planes)
        .forEach(
            plane -> {
              int b = plane / oc;
              int o = plane % oc;
              int ic = o / mult;
              int src = (b * c + ic) * h * w;
              int dst = plane * oh * ow;
              if (kh == 3 && kw == 3 && strideY == 1 && strideX == 1 && same) {
                depthwise3x3(in, src, h, w, f, c, mult, o, out, dst);
                return;
              }
              for (int ky = 0; ky < kh; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                  float weight = f[((ky * kw + kx) * c + ic) * mult + o % mult];
                  int dx = kx - wx.padBefore();
                  int oxFrom = Math.max(0, -Math.floorDiv(dx, strideX));
                  int oxTo = Math.min(ow, Math.floorDiv(w - 1 - dx, strideX) + 1);
                  for (int oy = 0; oy < oh; oy++) {
                    int iy = oy * strideY - wy.padBefore() + ky;
                    if (iy < 0 || iy >= h) {
                      continue;
                    }
                    int row = src + iy * w + dx;
                    int orow = dst + oy * ow;
                    if (strideX == 1) {
                      for (int ox = oxFrom; ox < oxTo; ox++) {
                        out[orow + ox] += weight * in[row + ox];
                      }
                    } else {
                      for (int ox = oxFrom; ox < oxTo; ox++) {
                        out[orow + ox] += weight * in[row + ox * strideX];
                      }
                    }
                  }
                }
              }
            });
    return Tensor.nchw(out, n, oc, oh, ow);
  }

  /**
   * 3×3, stride 1, SAME (pad 1) depthwise plane in one pass per output row: nine taps summed in
   * registers instead of nine read-modify-write sweeps. Border columns and rows take the zero
   * padding into account.
   */
  private static void depthwise3x3(
      float[] in, int src, int h, int w, float[] f, int c, int mult, int o, float[] out, int dst) {
    int ic = o / mult;
    int m = o % mult;
    float[] k = new float[9];
    for (int t = 0; t < 9; t++) {
      k[t] = f[(t * c + ic) * mult + m];
    }
    for (int y = 0; y < h; y++) {
      int orow = dst + y * w;
      int r1 = src + y * w;
      boolean hasTop = y > 0;
      boolean hasBottom = y < h - 1;
      int r0 = hasTop ? r1 - w : r1;
      int r2 = hasBottom ? r1 + w : r1;
      float k0 = hasTop ? k[0] : 0f;
      float k1 = hasTop ? k[1] : 0f;
      float k2 = hasTop ? k[2] : 0f;
      float k6 = hasBottom ? k[6] : 0f;
      float k7 = hasBottom ? k[7] : 0f;
      float k8 = hasBottom ? k[8] : 0f;
      float k3 = k[3];
      float k4 = k[4];
      float k5 = k[5];
      for (int x = 1; x < w - 1; x++) {
        out[orow + x] =
            (k0 * in[r0 + x - 1] + k1 * in[r0 + x] + k2 * in[r0 + x + 1])
                + (k3 * in[r1 + x - 1] + k4 * in[r1 + x] + k5 * in[r1 + x + 1])
                + (k6 * in[r2 + x - 1] + k7 * in[r2 + x] + k8 * in[r2 + x + 1]);
      }
      for (int x : w > 1 ? new int[] {0, w - 1} : new int[] {0}) {
        float sum = 0f;
        for (int dx = -1; dx <= 1; dx++) {
          int ix = x + dx;
          if (ix < 0 || ix >= w) {
            continue;
          }
          sum += (dx == -1 ? k0 : dx == 0 ? k1 : k2) * in[r0 + ix];
          sum += (dx == -1 ? k3 : dx == 0 ? k4 : k5) * in[r1 + ix];
          sum += (dx == -1 ? k6 : dx == 0 ? k7 : k8) * in[r2 + ix];
        }
        out[orow + x] = sum;
      }
    }
  }
}
