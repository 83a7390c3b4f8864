package dev.affectrec.vision.detect;

/**
 * The SSD anchor centres of BlazeFace (as Human's {@code generateAnchors}): a 16×16 grid with 2
 * anchors per cell (stride 16) followed by an 8×8 grid with 6 per cell (stride 32), 896 in all for
 * a 256-pixel input, in input pixels.
 */
final class BlazeFaceAnchors {
  private BlazeFaceAnchors() {}

  /** Interleaved (x, y) centres, {@code 2 * count} values. */
  static float[] centres(int inputSize) {
    int[][] spec = {{inputSize / 16, 2}, {inputSize / 8, 6}};
    int total = 0;
    for (int[] s : spec) {
      int grid = (inputSize + s[0] - 1) / s[0];
      total += grid * grid * s[1];
    }
    float[] out = new float[2 * total];
    int i = 0;
    for (int[] s : spec) {
      int stride = s[0];
      int grid = (inputSize + stride - 1) / stride;
      for (int gy = 0; gy < grid; gy++) {
        for (int gx = 0; gx < grid; gx++) {
          for (int n = 0; n < s[1]; n++) {
            out[i++] = stride * (gx + 0.5f);
            out[i++] = stride * (gy + 0.5f);
          }
        }
      }
    }
    return out;
  }
}
