package dev.affectrec.vision.tfjs;

/**
 * Gathers the input patches of a tile of output pixels into rows: row {@code (ic * kh + ky) * kw +
 * kx} of {@code rows} holds, for each output pixel of the tile, the input value under that filter
 * tap (zero in the padding). This is the operand layout of {@link Convolution}'s matrix product.
 * Stateless.
 */
final class Im2col {
  private Im2col() {}

  /**
   * Fills {@code rows[row][j]} for output pixels {@code p0 + j}, j in [0, len).
   *
   * @param in NCHW input
   * @param offset start of the batch item in {@code in}
   * @param rows at least {@code c * kh * kw} rows of at least {@code len} floats
   */
  static void tile(
      float[] in,
      int offset,
      ConvGeometry g,
      int strideY,
      int strideX,
      int p0,
      int len,
      float[][] rows) {
    int h = g.h();
    int w = g.w();
    int ow = g.ow();
    int padY = g.wy().padBefore();
    int padX = g.wx().padBefore();
    int row = 0;
    for (int ic = 0; ic < g.c(); ic++) {
      int plane = offset + ic * h * w;
      for (int ky = 0; ky < g.kh(); ky++) {
        for (int kx = 0; kx < g.kw(); kx++) {
          float[] col = rows[row++];
          for (int j = 0; j < len; ) {
            int p = p0 + j;
            int oy = p / ow;
            int ox0 = p - oy * ow;
            int run = Math.min(len - j, ow - ox0);
            int iy = oy * strideY - padY + ky;
            int dst = j;
            if (iy < 0 || iy >= h) {
              java.util.Arrays.fill(col, dst, dst + run, 0f);
            } else {
              int src = plane + iy * w;
              for (int i = 0; i < run; i++) {
                int ix = (ox0 + i) * strideX - padX + kx;
                col[dst + i] = ix >= 0 && ix < w ? in[src + ix] : 0f;
              }
            }
            j += run;
          }
        }
      }
    }
  }
}
