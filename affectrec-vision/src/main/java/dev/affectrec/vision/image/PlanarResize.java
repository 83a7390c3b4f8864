package dev.affectrec.vision.image;

/**
 * Stretches an image to a fixed input size (no letterbox), bilinear with half-pixel centres as
 * OpenCV's {@code INTER_LINEAR}, into planar (NCHW, batch 1) floats {@code value * scale + offset}
 * in RGB or BGR channel order: the input of the ONNX detectors. Stateless and thread-safe.
 */
public final class PlanarResize {
  private PlanarResize() {}

  /**
   * @param width target width, at least 1
   * @param height target height, at least 1
   * @param bgr whether plane 0 is blue (else red)
   * @param out receives {@code 3 * width * height} values
   */
  public static void stretch(
      RgbImage image, int width, int height, boolean bgr, float scale, float offset, float[] out) {
    int w = image.width();
    int h = image.height();
    double sx = (double) w / width;
    double sy = (double) h / height;
    int plane = width * height;
    for (int oy = 0; oy < height; oy++) {
      double fy = Math.min(Math.max((oy + 0.5) * sy - 0.5, 0), h - 1);
      int y0 = (int) fy;
      int y1 = Math.min(y0 + 1, h - 1);
      double dy = fy - y0;
      for (int ox = 0; ox < width; ox++) {
        double fx = Math.min(Math.max((ox + 0.5) * sx - 0.5, 0), w - 1);
        int x0 = (int) fx;
        int x1 = Math.min(x0 + 1, w - 1);
        double dx = fx - x0;
        for (int c = 0; c < 3; c++) {
          double top = image.get(x0, y0, c) * (1 - dx) + image.get(x1, y0, c) * dx;
          double bottom = image.get(x0, y1, c) * (1 - dx) + image.get(x1, y1, c) * dx;
          double v = top * (1 - dy) + bottom * dy;
          int p = bgr ? 2 - c : c;
          out[p * plane + oy * width + ox] = (float) v * scale + offset;
        }
      }
    }
  }
}
