package dev.affectrec.recommend.factor;

/**
 * Item vectors quantised to 16-bit integer codes with one scale per item, kept beside the float
 * vectors for a fast first scoring pass. Codes are stored pair-major: for each pair of factors
 * {@code p}, the {@code 2n} shorts {@code code(i, 2p), code(i, 2p + 1)} for every item {@code i},
 * the shape the JIT turns into {@code vpmaddwd}. An odd factor count is padded with a zero factor.
 *
 * <p>The code range {@link #levels()} is chosen so that a dot product of {@code f} user codes and
 * {@code f} item codes never overflows an {@code int}. The error terms needed to bound {@code |x .
 * y_i - sx * s_i * (q_x . q_i)|} are kept as maxima over the catalogue (see {@link ExactTopK}).
 * Immutable and thread-safe; the arrays are never exposed for writing.
 */
final class QuantisedItems {
  private final int n;
  private final int f;
  private final int pairs;
  private final int levels;
  private final short[] codes;
  private final float[] scale;
  private final double maxScaledCodeNorm;
  private final double maxResidualNorm;
  private final double maxNorm;
  private final boolean finite;

  private QuantisedItems(
      int n,
      int f,
      int levels,
      short[] codes,
      float[] scale,
      double maxScaledCodeNorm,
      double maxResidualNorm,
      double maxNorm,
      boolean finite) {
    this.n = n;
    this.f = f;
    this.pairs = (f + 1) / 2;
    this.levels = levels;
    this.codes = codes;
    this.scale = scale;
    this.maxScaledCodeNorm = maxScaledCodeNorm;
    this.maxResidualNorm = maxResidualNorm;
    this.maxNorm = maxNorm;
    this.finite = finite;
  }

  /**
   * The largest code magnitude {@code Q} with {@code paddedFactors * Q * Q <= Integer.MAX_VALUE},
   * capped at {@link Short#MAX_VALUE}.
   */
  static int levelsFor(int factors) {
    int padded = factors + (factors & 1);
    return (int)
        Math.min(Short.MAX_VALUE, Math.floor(Math.sqrt(Integer.MAX_VALUE / (double) padded)));
  }

  /**
   * Quantises row-major item vectors.
   *
   * @param itemFactors {@code n * f} floats, row-major; NaN or infinite entries make the result
   *     {@linkplain #finite() unusable}
   */
  static QuantisedItems of(float[] itemFactors, int n, int f) {
    int pairs = (f + 1) / 2;
    int levels = levelsFor(f);
    short[] codes = new short[pairs * 2 * n];
    float[] scale = new float[n];
    double maxScaledCodeNorm = 0;
    double maxResidualNorm = 0;
    double maxNorm = 0;
    boolean finite = true;
    for (int i = 0; i < n; i++) {
      float max = 0;
      for (int k = 0; k < f; k++) {
        float v = itemFactors[i * f + k];
        finite &= Float.isFinite(v);
        max = Math.max(max, Math.abs(v));
      }
      float s = max / levels;
      scale[i] = s;
      double codeNorm = 0;
      double residualNorm = 0;
      double norm = 0;
      for (int k = 0; k < f; k++) {
        float v = itemFactors[i * f + k];
        int q = s == 0 ? 0 : Math.max(-levels, Math.min(levels, Math.round(v / s)));
        codes[(k >> 1) * 2 * n + 2 * i + (k & 1)] = (short) q;
        double residual = v - (double) s * q;
        codeNorm += (double) q * q;
        residualNorm += residual * residual;
        norm += (double) v * v;
      }
      maxScaledCodeNorm = Math.max(maxScaledCodeNorm, s * Math.sqrt(codeNorm));
      maxResidualNorm = Math.max(maxResidualNorm, Math.sqrt(residualNorm));
      maxNorm = Math.max(maxNorm, Math.sqrt(norm));
    }
    return new QuantisedItems(
        n, f, levels, codes, scale, maxScaledCodeNorm, maxResidualNorm, maxNorm, finite);
  }

  /** The number of items. */
  int items() {
    return n;
  }

  /** The number of factors (before padding). */
  int factors() {
    return f;
  }

  /** The number of factor pairs, {@code ceil(f / 2)}. */
  int pairs() {
    return pairs;
  }

  /** The largest code magnitude. */
  int levels() {
    return levels;
  }

  /** Pair-major codes; read only. */
  short[] codes() {
    return codes;
  }

  /** One scale per item: {@code y_ik ~ scale[i] * code(i, k)}; read only. */
  float[] scale() {
    return scale;
  }

  /** {@code max_i scale_i * ||q_i||}. */
  double maxScaledCodeNorm() {
    return maxScaledCodeNorm;
  }

  /** {@code max_i ||y_i - scale_i * q_i||}. */
  double maxResidualNorm() {
    return maxResidualNorm;
  }

  /** {@code max_i ||y_i||}. */
  double maxNorm() {
    return maxNorm;
  }

  /** Whether every item factor was finite; the fast path is used only then. */
  boolean finite() {
    return finite;
  }
}
