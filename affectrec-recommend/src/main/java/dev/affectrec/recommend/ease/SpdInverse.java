package dev.affectrec.recommend.ease;

import dev.affectrec.recommend.parallel.ParallelRange;

/**
 * In-place inverse of a symmetric positive definite matrix by Gauss-Jordan elimination without
 * pivoting (stable for such matrices), blocked for speed. The sequential algorithm visits the whole
 * matrix once per pivot; here each block of {@value #BLOCK} pivots is first applied to its own
 * rows, which records each pivot row as it stood when it was used, and then to every other row
 * while that row stays in L1 cache: the same operations in the same order per row, so the same
 * result as the sequential algorithm, with the matrix read {@code n / BLOCK} times instead of
 * {@code n}. Rows are separate arrays so that the row update {@code r[j] -= f * s[j]} is vectorised
 * by the JIT (see {@link dev.affectrec.recommend.model.RowMajor}). Other rows are split over
 * threads.
 */
final class SpdInverse {
  /**
   * Pivots per block: the 64 snapshot rows of a 2,000-item catalogue (1 MB) fit in L2 cache; 64
   * beat 16 and 32 on MovieLens 100K (docs/BENCHMARKS.md "EASE training").
   */
  static final int BLOCK = 64;

  private SpdInverse() {}

  /**
   * Replaces {@code a} by its inverse.
   *
   * @param a a symmetric positive definite {@code n x n} matrix as {@code n} rows of length {@code
   *     n}; overwritten
   * @param threads at least 1
   * @return false when a pivot is not positive (the matrix is not positive definite); {@code a} is
   *     then partly overwritten
   */
  static boolean invertInPlace(double[][] a, int threads) {
    int n = a.length;
    double[][] pivotRows = new double[BLOCK][];
    for (int k0 = 0; k0 < n; k0 += BLOCK) {
      int k1 = Math.min(n, k0 + BLOCK);
      for (int k = k0; k < k1; k++) {
        double[] rk = a[k];
        double pivot = rk[k];
        if (!(pivot > 0)) {
          return false;
        }
        rk[k] = 1;
        double inverse = 1 / pivot;
        for (int j = 0; j < n; j++) {
          rk[j] *= inverse;
        }
        for (int i = k0; i < k1; i++) {
          if (i != k) {
            eliminate(a[i], k, rk);
          }
        }
        pivotRows[k - k0] = rk.clone();
      }
      int from = k0;
      int to = k1;
      ParallelRange.forEach(
          n,
          threads,
          () -> null,
          (i, unused) -> {
            if (i < from || i >= to) {
              int k = from;
              for (; k + 3 < to; k += 4) {
                eliminateFour(a[i], k, pivotRows, k - from);
              }
              for (; k < to; k++) {
                eliminate(a[i], k, pivotRows[k - from]);
              }
            }
          });
    }
    return true;
  }

  /**
   * Four consecutive {@link #eliminate} steps (pivots {@code k .. k + 3}, snapshot rows {@code
   * pivotRows[p .. p + 3]}) in one pass over the row: the factors are found first (each after the
   * earlier steps' effect on its column), then the row is read and written once for all four. Only
   * the rounding differs from four separate passes.
   */
  private static void eliminateFour(double[] row, int k, double[][] pivotRows, int p) {
    double[] p0 = pivotRows[p];
    double[] p1 = pivotRows[p + 1];
    double[] p2 = pivotRows[p + 2];
    double[] p3 = pivotRows[p + 3];
    double f0 = row[k];
    double f1 = row[k + 1] - f0 * p0[k + 1];
    double f2 = row[k + 2] - f0 * p0[k + 2] - f1 * p1[k + 2];
    double f3 = row[k + 3] - f0 * p0[k + 3] - f1 * p1[k + 3] - f2 * p2[k + 3];
    for (int j = 0; j < row.length; j++) {
      row[j] -= (f0 * p0[j] + f1 * p1[j]) + (f2 * p2[j] + f3 * p3[j]);
    }
    // Column k + t was zeroed at its own step, so only the later steps reach it.
    row[k] = -((f0 * p0[k] + f1 * p1[k]) + (f2 * p2[k] + f3 * p3[k]));
    row[k + 1] = -(f1 * p1[k + 1] + (f2 * p2[k + 1] + f3 * p3[k + 1]));
    row[k + 2] = -(f2 * p2[k + 2] + f3 * p3[k + 2]);
    row[k + 3] = -(f3 * p3[k + 3]);
  }

  /** {@code row -= row[k] * pivotRow}, where column {@code k} counts as 0 in {@code row}. */
  private static void eliminate(double[] row, int k, double[] pivotRow) {
    double f = row[k];
    row[k] = 0;
    for (int j = 0; j < row.length; j++) {
      row[j] -= f * pivotRow[j];
    }
  }
}
