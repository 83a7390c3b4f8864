package dev.affectrec.recommend.factor;

/**
 * A user vector quantised with one scale to integer codes in {@code [-levels, levels]}, laid out
 * for the pair-major scoring loop of {@link ExactTopK}: for each factor pair {@code p}, the pair's
 * two codes repeated {@code block} times. Keeps the norms the error bound needs. Immutable after
 * construction.
 *
 * @param scale {@code x_k ~ scale * code_k}; 0 for the zero vector
 * @param broadcast {@code pairs * 2 * block} codes
 * @param norm {@code ||x||}
 * @param residualNorm {@code ||x - scale * code||}
 */
record UserCodes(float scale, short[] broadcast, double norm, double residualNorm) {

  /**
   * @param maxAbs {@code max_k |x_k|}, finite
   */
  static UserCodes of(float[] vectors, int from, int f, int levels, float maxAbs, int block) {
    float scale = maxAbs / levels;
    int pairs = (f + 1) / 2;
    short[] broadcast = new short[pairs * 2 * block];
    double norm = 0;
    double residualNorm = 0;
    for (int c = 0; c < f; c++) {
      float v = vectors[from + c];
      int q = scale == 0 ? 0 : Math.max(-levels, Math.min(levels, Math.round(v / scale)));
      double residual = v - (double) scale * q;
      norm += (double) v * v;
      residualNorm += residual * residual;
      int base = (c >> 1) * 2 * block + (c & 1);
      for (int j = 0; j < block; j++) {
        broadcast[base + 2 * j] = (short) q;
      }
    }
    return new UserCodes(scale, broadcast, Math.sqrt(norm), Math.sqrt(residualNorm));
  }
}
