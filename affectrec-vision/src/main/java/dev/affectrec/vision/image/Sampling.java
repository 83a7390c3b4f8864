package dev.affectrec.vision.image;

/**
 * Bilinear sampling that reproduces TF.js exactly: {@code tf.image.resizeBilinear} (no corner
 * alignment, no half-pixel centres) over a letterboxed square, and {@code tf.image.cropAndResize}
 * with extrapolation value 0. Stateless and thread-safe.
 */
public final class Sampling {
  private static final double[] GREY_WEIGHTS = {0.2989, 0.587, 0.114};

  private Sampling() {}

  /**
   * Pads {@code image} to a centred black square of side max(w, h) and resizes it to {@code size} ×
   * {@code size}, writing RGB into {@code out} as {@code value / 127.5 - 1} (NHWC, batch 1).
   *
   * @return the letterbox geometry, to map detector coordinates back to the image
   */
  public static Letterbox letterbox(RgbImage image, int size, float[] out) {
    int w = image.width();
    int h = image.height();
    int side = Math.max(w, h);
    int padX = (side - w) / 2;
    int padY = (side - h) / 2;
    double scale = (double) side / size;
    for (int oy = 0; oy < size; oy++) {
      double sy = oy * scale;
      int y0 = (int) Math.floor(sy);
      int y1 = Math.min(side - 1, (int) Math.ceil(sy));
      double dy = sy - y0;
      for (int ox = 0; ox < size; ox++) {
        double sx = ox * scale;
        int x0 = (int) Math.floor(sx);
        int x1 = Math.min(side - 1, (int) Math.ceil(sx));
        double dx = sx - x0;
        int o = (oy * size + ox) * 3;
        for (int c = 0; c < 3; c++) {
          int tl = padded(image, x0 - padX, y0 - padY, c);
          int tr = padded(image, x1 - padX, y0 - padY, c);
          int bl = padded(image, x0 - padX, y1 - padY, c);
          int br = padded(image, x1 - padX, y1 - padY, c);
          double top = tl + (tr - tl) * dx;
          double bottom = bl + (br - bl) * dx;
          float resized = (float) (top + (bottom - top) * dy);
          out[o + c] = resized / 127.5f - 1f;
        }
      }
    }
    return new Letterbox(padX, padY, (double) side / size);
  }

  /**
   * Crops the box (x, y, width, height in image pixels) and resizes it to {@code size} × {@code
   * size} grey values {@code (0.2989 R + 0.587 G + 0.114 B) / 127.5 - 1}; samples outside the image
   * are 0 (black), as TF.js's {@code cropAndResize} with extrapolation value 0.
   *
   * @param out receives {@code size * size} values at {@code offset}
   */
  public static void greyCrop(
      RgbImage image,
      double x,
      double y,
      double width,
      double height,
      int size,
      float[] out,
      int offset) {
    int w = image.width();
    int h = image.height();
    double y1 = (float) (y / Math.max(1, h - 1));
    double x1 = (float) (x / Math.max(1, w - 1));
    double y2 = (float) ((y + height) / Math.max(1, h - 1));
    double x2 = (float) ((x + width) / Math.max(1, w - 1));
    double stepY = size > 1 ? (y2 - y1) * (h - 1) / (size - 1) : 0;
    double stepX = size > 1 ? (x2 - x1) * (w - 1) / (size - 1) : 0;
    float[] rgb = new float[3];
    for (int i = 0; i < size; i++) {
      double inY = size > 1 ? y1 * (h - 1) + i * stepY : 0.5 * (y1 + y2) * (h - 1);
      for (int j = 0; j < size; j++) {
        double inX = size > 1 ? x1 * (w - 1) + j * stepX : 0.5 * (x1 + x2) * (w - 1);
        if (inY < 0 || inY > h - 1 || inX < 0 || inX > w - 1) {
          rgb[0] = 0;
          rgb[1] = 0;
          rgb[2] = 0;
        } else {
          int top = (int) Math.floor(inY);
          int bottom = (int) Math.ceil(inY);
          int left = (int) Math.floor(inX);
          int right = (int) Math.ceil(inX);
          double dy = inY - top;
          double dx = inX - left;
          for (int c = 0; c < 3; c++) {
            int tl = image.get(left, top, c);
            int tr = image.get(right, top, c);
            int bl = image.get(left, bottom, c);
            int br = image.get(right, bottom, c);
            double t = tl + (tr - tl) * dx;
            double b = bl + (br - bl) * dx;
            rgb[c] = (float) (t + (b - t) * dy);
          }
        }
        float grey = rgb[0] * 0.2989f + rgb[1] * 0.587f + rgb[2] * 0.114f;
        out[offset + i * size + j] = grey / 127.5f - 1f;
      }
    }
  }

  /**
   * Samples a square of side {@code side} centred on ({@code cx}, {@code cy}) and turned by {@code
   * angle} radians (the square's x axis points along (cos angle, sin angle) in the image) into
   * {@code size} × {@code size} grey values in [-1, 1], bilinearly, with samples outside the image
   * 0 (black) as in {@link #greyCrop}. At angle 0 it samples the same points as {@link #greyCrop}
   * of the unturned square.
   *
   * @param out receives {@code size * size} values at {@code offset}
   */
  public static void greyCropTurned(
      RgbImage image,
      double cx,
      double cy,
      double side,
      double angle,
      int size,
      float[] out,
      int offset) {
    int w = image.width();
    int h = image.height();
    double step = size > 1 ? side / (size - 1) : 0;
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double half = size > 1 ? side / 2 : 0;
    for (int i = 0; i < size; i++) {
      double v = i * step - half;
      for (int j = 0; j < size; j++) {
        double u = j * step - half;
        double inX = cx + u * cos - v * sin;
        double inY = cy + u * sin + v * cos;
        float grey = 0;
        if (inY >= 0 && inY <= h - 1 && inX >= 0 && inX <= w - 1) {
          int top = (int) Math.floor(inY);
          int left = (int) Math.floor(inX);
          int bottom = Math.min(h - 1, top + 1);
          int right = Math.min(w - 1, left + 1);
          double dy = inY - top;
          double dx = inX - left;
          double sum = 0;
          for (int c = 0; c < 3; c++) {
            double t =
                image.get(left, top, c) + (image.get(right, top, c) - image.get(left, top, c)) * dx;
            double b =
                image.get(left, bottom, c)
                    + (image.get(right, bottom, c) - image.get(left, bottom, c)) * dx;
            sum += GREY_WEIGHTS[c] * (t + (b - t) * dy);
          }
          grey = (float) sum;
        }
        out[offset + i * size + j] = grey / 127.5f - 1f;
      }
    }
  }

  private static int padded(RgbImage image, int x, int y, int c) {
    return x < 0 || y < 0 || x >= image.width() || y >= image.height() ? 0 : image.get(x, y, c);
  }
}
