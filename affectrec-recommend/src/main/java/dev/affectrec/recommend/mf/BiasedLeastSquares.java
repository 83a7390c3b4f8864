package dev.affectrec.recommend.mf;

/**
 * The exact step of biased MF's ALS solver: the bias {@code b} and vector {@code p} of one row (a
 * user, or an item) that minimise, over its {@code n} ratings {@code r_j} against the other side's
 * fixed biases {@code c_j} and vectors {@code q_j}, the sum of {@code (r_j - mean - b - c_j - p .
 * q_j)^2} plus {@code n * biasLambda * b^2 + n * lambda * |p|^2}: the rows' share of the objective
 * that SGD descends ({@link BiasedMfConfig}). Solved in double precision by a Cholesky
 * factorisation of the {@code (f + 1) x (f + 1)} normal equations. A row without ratings gets bias
 * 0 and a zero vector. Not thread-safe: holds scratch arrays; use one per thread.
 */
final class BiasedLeastSquares {
  /** Keeps the normal equations positive definite when a regularisation is 0. */
  private static final double RIDGE = 1e-9;

  private final int f;
  private final int d;
  private final double lambda;
  private final double biasLambda;
  private final double[] a;
  private final double[] x;
  private final double[] w;

  /** A solver for {@code f} factors with the config's regularisation. */
  BiasedLeastSquares(int f, double lambda, double biasLambda) {
    this.f = f;
    this.d = f + 1;
    this.lambda = lambda;
    this.biasLambda = biasLambda;
    this.a = new double[d * d];
    this.x = new double[d];
    this.w = new double[d];
  }

  /**
   * Solves one row and writes its bias to {@code bias[row]} and its vector to {@code factors[row *
   * f ...]}.
   *
   * @param others the other side's index of each rating, read from {@code from} to {@code to}
   * @param ratings the ratings, at the same positions
   * @param mean the global mean
   * @param otherBias the other side's biases, fixed
   * @param otherFactors the other side's vectors, fixed, {@code f} per index
   */
  void solve(
      int[] others,
      float[] ratings,
      int from,
      int to,
      float mean,
      float[] otherBias,
      float[] otherFactors,
      float[] bias,
      float[] factors,
      int row) {
    int n = to - from;
    int base = row * f;
    if (n == 0) {
      bias[row] = 0;
      java.util.Arrays.fill(factors, base, base + f, 0f);
      return;
    }
    java.util.Arrays.fill(a, 0);
    java.util.Arrays.fill(w, 0);
    x[0] = 1;
    for (int p = from; p < to; p++) {
      int j = others[p];
      int q = j * f;
      for (int k = 0; k < f; k++) {
        x[k + 1] = otherFactors[q + k];
      }
      double target = ratings[p] - mean - otherBias[j];
      for (int k = 0; k < d; k++) {
        double xk = x[k];
        w[k] += xk * target;
        int rowK = k * d;
        for (int l = 0; l <= k; l++) {
          a[rowK + l] += xk * x[l];
        }
      }
    }
    a[0] += Math.max(n * biasLambda, RIDGE);
    for (int k = 1; k < d; k++) {
      a[k * d + k] += Math.max(n * lambda, RIDGE);
    }
    choleskySolve();
    bias[row] = (float) w[0];
    for (int k = 0; k < f; k++) {
      factors[base + k] = (float) w[k + 1];
    }
  }

  /**
   * Factors the lower triangle of {@code a} as {@code L L^T} in place, then solves for {@code w}.
   */
  private void choleskySolve() {
    for (int j = 0; j < d; j++) {
      int rowJ = j * d;
      double diagonal = a[rowJ + j];
      for (int k = 0; k < j; k++) {
        diagonal -= a[rowJ + k] * a[rowJ + k];
      }
      double pivot = Math.sqrt(Math.max(diagonal, RIDGE));
      a[rowJ + j] = pivot;
      for (int i = j + 1; i < d; i++) {
        int rowI = i * d;
        double s = a[rowI + j];
        for (int k = 0; k < j; k++) {
          s -= a[rowI + k] * a[rowJ + k];
        }
        a[rowI + j] = s / pivot;
      }
    }
    for (int i = 0; i < d; i++) {
      double s = w[i];
      int rowI = i * d;
      for (int k = 0; k < i; k++) {
        s -= a[rowI + k] * w[k];
      }
      w[i] = s / a[rowI + i];
    }
    for (int i = d - 1; i >= 0; i--) {
      double s = w[i];
      for (int k = i + 1; k < d; k++) {
        s -= a[k * d + i] * w[k];
      }
      w[i] = s / a[i * d + i];
    }
  }
}
