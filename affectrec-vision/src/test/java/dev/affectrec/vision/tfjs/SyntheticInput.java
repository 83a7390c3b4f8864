package dev.affectrec.vision.tfjs;

/** The integer pattern of tools/face-reference/make-vectors.js, reproduced bit for bit. */
final class SyntheticInput {
  private SyntheticInput() {}

  static Tensor of(int n, int h, int w, int c, int seed) {
    float[] data = new float[n * h * w * c];
    int i = 0;
    for (int b = 0; b < n; b++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          for (int k = 0; k < c; k++) {
            int v = (x * 3 + y * 5 + k * 17 + ((x * y + seed * 13 + b * 29) % 31) * 7) % 256;
            data[i++] = (float) (v / 127.5 - 1);
          }
        }
      }
    }
    return Tensor.of(data, n, h, w, c);
  }
}
