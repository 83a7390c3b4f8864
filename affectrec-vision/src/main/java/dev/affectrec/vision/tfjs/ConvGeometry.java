package dev.affectrec.vision.tfjs;

/**
 * Shapes of one convolution over an NCHW input with a [kh, kw, c, *] filter.
 *
 * @param n batch size
 * @param c input channels
 * @param h input height
 * @param w input width
 * @param kh kernel height
 * @param kw kernel width
 * @param wy vertical window
 * @param wx horizontal window
 */
record ConvGeometry(int n, int c, int h, int w, int kh, int kw, Window wy, Window wx) {

  /**
   * @throws IllegalArgumentException if the filter's third dimension is not the input's channels
   */
  static ConvGeometry of(Tensor nchw, Tensor filter, int strideY, int strideX, boolean same) {
    int c = nchw.dim(1);
    if (filter.dim(2) != c) {
      throw new IllegalArgumentException(
          "filter " + filter.describe() + " does not match input " + nchw.describe());
    }
    int h = nchw.dim(2);
    int w = nchw.dim(3);
    int kh = filter.dim(0);
    int kw = filter.dim(1);
    return new ConvGeometry(
        nchw.dim(0),
        c,
        h,
        w,
        kh,
        kw,
        Window.of(h, kh, strideY, same),
        Window.of(w, kw, strideX, same));
  }

  /** Output height. */
  int oh() {
    return wy.out();
  }

  /** Output width. */
  int ow() {
    return wx.out();
  }
}
