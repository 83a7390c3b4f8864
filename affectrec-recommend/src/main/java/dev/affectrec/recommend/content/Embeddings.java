package dev.affectrec.recommend.content;

/** Vector helpers for embeddings. Stateless and thread-safe. */
final class Embeddings {
  private Embeddings() {}

  /** {@code v} scaled in place to unit length; an all-zero vector stays zero. */
  static float[] normalized(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    if (sum > 0) {
      float scale = (float) (1 / Math.sqrt(sum));
      for (int k = 0; k < v.length; k++) {
        v[k] *= scale;
      }
    }
    return v;
  }
}
