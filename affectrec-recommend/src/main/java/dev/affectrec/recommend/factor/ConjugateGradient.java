package dev.affectrec.recommend.factor;

/**
 * Conjugate-gradient steps for the implicit-feedback normal equations {@code (Y'Y + Y'(C_u - I)Y +
 * lambda I) x = Y' C_u p_u} without forming the matrix (Takacs, Pilaszy and Tikk 2011). Each step
 * costs {@code O(f^2 + n_u f)} and never raises the quadratic objective. Not thread-safe: one
 * instance per thread.
 */
public final class ConjugateGradient {
  private final int f;
  private final double[] x;
  private final double[] r;
  private final double[] p;
  private final double[] ap;

  /** Scratch for {@code factors}-dimensional solves. */
  public ConjugateGradient(int factors) {
    this.f = factors;
    this.x = new double[factors];
    this.r = new double[factors];
    this.p = new double[factors];
    this.ap = new double[factors];
  }

  /**
   * Improves {@code solution} in place by at most {@code steps} CG steps.
   *
   * @param gram {@code Y'Y} row-major, {@code f * f}
   * @param factors the fixed side's vectors, row-major {@code n * f}
   * @param idx indices of the rows with observations, with {@code confidence} aligned
   * @param confidence {@code c_ui >= 1} for each observation (preference 1)
   * @param lambda L2 regularisation
   * @param solution the vector to improve, {@code offset .. offset + f} of {@code target}
   */
  public void solve(
      double[] gram,
      float[] factors,
      int[] idx,
      float[] confidence,
      int from,
      int to,
      double lambda,
      float[] target,
      int offset,
      int steps) {
    for (int k = 0; k < f; k++) {
      x[k] = target[offset + k];
    }
    // r = b - A x, with b = sum c_i y_i and A x = Y'Y x + sum (c_i - 1)(y_i.x) y_i + lambda x.
    multiplyGram(gram, x, r, lambda);
    for (int k = 0; k < f; k++) {
      r[k] = -r[k];
    }
    for (int n = from; n < to; n++) {
      int base = idx[n] * f;
      double c = confidence[n];
      double dot = dotRow(factors, base, x);
      double w = c - (c - 1) * dot;
      for (int k = 0; k < f; k++) {
        r[k] += w * factors[base + k];
      }
    }
    System.arraycopy(r, 0, p, 0, f);
    double rsOld = dot(r, r);
    for (int step = 0; step < steps && rsOld > 1e-20; step++) {
      multiplyGram(gram, p, ap, lambda);
      for (int n = from; n < to; n++) {
        int base = idx[n] * f;
        double dot = dotRow(factors, base, p);
        double w = (confidence[n] - 1) * dot;
        for (int k = 0; k < f; k++) {
          ap[k] += w * factors[base + k];
        }
      }
      double pap = dot(p, ap);
      if (!(pap > 0)) {
        break;
      }
      double a = rsOld / pap;
      for (int k = 0; k < f; k++) {
        x[k] += a * p[k];
        r[k] -= a * ap[k];
      }
      double rsNew = dot(r, r);
      double beta = rsNew / rsOld;
      for (int k = 0; k < f; k++) {
        p[k] = r[k] + beta * p[k];
      }
      rsOld = rsNew;
    }
    for (int k = 0; k < f; k++) {
      target[offset + k] = (float) x[k];
    }
  }

  /** {@code a[aOff..aOff+f) . b} with four independent accumulators for instruction parallelism. */
  private double dotRow(float[] a, int aOff, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int k = 0;
    for (; k + 3 < f; k += 4) {
      s0 += a[aOff + k] * b[k];
      s1 += a[aOff + k + 1] * b[k + 1];
      s2 += a[aOff + k + 2] * b[k + 2];
      s3 += a[aOff + k + 3] * b[k + 3];
    }
    for (; k < f; k++) {
      s0 += a[aOff + k] * b[k];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private double dotRow(double[] a, int aOff, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int k = 0;
    for (; k + 3 < f; k += 4) {
      s0 += a[aOff + k] * b[k];
      s1 += a[aOff + k + 1] * b[k + 1];
      s2 += a[aOff + k + 2] * b[k + 2];
      s3 += a[aOff + k + 3] * b[k + 3];
    }
    for (; k < f; k++) {
      s0 += a[aOff + k] * b[k];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private void multiplyGram(double[] gram, double[] v, double[] out, double lambda) {
    for (int row = 0; row < f; row++) {
      out[row] = lambda * v[row] + dotRow(gram, row * f, v);
    }
  }

  private double dot(double[] a, double[] b) {
    return dotRow(a, 0, b);
  }

  /** {@code Y'Y} of row-major {@code factors} with {@code rows} rows, as a row-major f*f array. */
  public static double[] gram(float[] factors, int rows, int f) {
    double[] g = new double[f * f];
    for (int n = 0; n < rows; n++) {
      int base = n * f;
      for (int a = 0; a < f; a++) {
        double va = factors[base + a];
        int row = a * f;
        for (int b = a; b < f; b++) {
          g[row + b] += va * factors[base + b];
        }
      }
    }
    for (int a = 0; a < f; a++) {
      for (int b = 0; b < a; b++) {
        g[a * f + b] = g[b * f + a];
      }
    }
    return g;
  }
}
