package dev.affectrec.vision.image;

/**
 * An 8-bit RGB image held in memory, interleaved row-major. Immutable once built; the pixel array
 * is never exposed.
 */
public final class RgbImage {
  private final int width;
  private final int height;
  private final byte[] rgb;

  /**
   * @param rgb {@code width * height * 3} bytes (taken, not copied)
   */
  RgbImage(int width, int height, byte[] rgb) {
    if (width < 1 || height < 1 || rgb.length != width * height * 3) {
      throw new IllegalArgumentException("bad RGB image " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  /** Builds an image from packed 0xRRGGBB pixels (copied), for tests and callers with rasters. */
  public static RgbImage ofPacked(int width, int height, int[] pixels) {
    byte[] data = new byte[width * height * 3];
    for (int i = 0; i < width * height; i++) {
      data[3 * i] = (byte) (pixels[i] >> 16);
      data[3 * i + 1] = (byte) (pixels[i] >> 8);
      data[3 * i + 2] = (byte) pixels[i];
    }
    return new RgbImage(width, height, data);
  }

  /** Width in pixels, at least 1. */
  public int width() {
    return width;
  }

  /** Height in pixels, at least 1. */
  public int height() {
    return height;
  }

  /** Channel {@code c} (0 red, 1 green, 2 blue) at (x, y), in 0..255. */
  public int get(int x, int y, int c) {
    return rgb[(y * width + x) * 3 + c] & 0xff;
  }

  /** The image turned by EXIF {@code orientation} (1..8) into upright position. */
  public RgbImage oriented(int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return this;
    }
    boolean swap = orientation >= 5;
    int w = swap ? height : width;
    int h = swap ? width : height;
    byte[] out = new byte[rgb.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> {
            sx = width - 1 - x;
            sy = y;
          }
          case 3 -> {
            sx = width - 1 - x;
            sy = height - 1 - y;
          }
          case 4 -> {
            sx = x;
            sy = height - 1 - y;
          }
          case 5 -> {
            sx = y;
            sy = x;
          }
          case 6 -> {
            sx = y;
            sy = height - 1 - x;
          }
          case 7 -> {
            sx = width - 1 - y;
            sy = height - 1 - x;
          }
          default -> {
            sx = width - 1 - y;
            sy = x;
          }
        }
        System.arraycopy(rgb, (sy * width + sx) * 3, out, (y * w + x) * 3, 3);
      }
    }
    return new RgbImage(w, h, out);
  }

  /**
   * This image centred on a canvas {@code border} pixels larger on every side, filled with the
   * image's mean colour (so the added margin carries no edge a detector could take for a feature).
   *
   * @param border at least 0
   */
  public RgbImage padded(int border) {
    if (border < 0) {
      throw new IllegalArgumentException("border must be at least 0, got " + border);
    }
    long[] sum = new long[3];
    for (int i = 0; i < rgb.length; i++) {
      sum[i % 3] += rgb[i] & 0xff;
    }
    int pixels = width * height;
    int w = width + 2 * border;
    int h = height + 2 * border;
    byte[] out = new byte[w * h * 3];
    for (int i = 0; i < w * h; i++) {
      for (int c = 0; c < 3; c++) {
        out[3 * i + c] = (byte) (sum[c] / pixels);
      }
    }
    for (int y = 0; y < height; y++) {
      System.arraycopy(rgb, y * width * 3, out, ((y + border) * w + border) * 3, width * 3);
    }
    return new RgbImage(w, h, out);
  }
}
