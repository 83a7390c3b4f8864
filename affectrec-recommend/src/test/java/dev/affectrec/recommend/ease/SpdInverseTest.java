package dev.affectrec.recommend.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class SpdInverseTest {

  @Test
  void invertsASmallMatrixExactly() {
    double[][] a = {{4, 2}, {2, 3}};
    assertThat(SpdInverse.invertInPlace(a, 1)).isTrue();
    assertThat(a[0][0]).isCloseTo(3.0 / 8, within(1e-15));
    assertThat(a[0][1]).isCloseTo(-2.0 / 8, within(1e-15));
    assertThat(a[1][0]).isCloseTo(-2.0 / 8, within(1e-15));
    assertThat(a[1][1]).isCloseTo(4.0 / 8, within(1e-15));
  }

  @Test
  void matchesEjmlAcrossBlocksAndThreadCounts() {
    int n = SpdInverse.BLOCK + 6 + 1; // a full block, a remainder of four, and three single steps
    double[][] a = randomSpd(n, new SplittableRandom(7));
    DMatrixRMaj m = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m.data, i * n, n);
    }
    DMatrixRMaj expected = new DMatrixRMaj(n, n);
    assertThat(CommonOps_DDRM.invertSPD(m, expected)).isTrue();

    double[][] one = copy(a);
    double[][] two = copy(a);
    assertThat(SpdInverse.invertInPlace(one, 1)).isTrue();
    assertThat(SpdInverse.invertInPlace(two, 2)).isTrue();
    for (int i = 0; i < n; i++) {
      assertThat(two[i]).containsExactly(one[i]);
      for (int j = 0; j < n; j++) {
        assertThat(one[i][j]).isCloseTo(expected.get(i, j), within(1e-12));
        double identity = 0;
        for (int k = 0; k < n; k++) {
          identity += a[i][k] * one[k][j];
        }
        assertThat(identity).isCloseTo(i == j ? 1 : 0, within(1e-10));
      }
    }
  }

  @Test
  void refusesAMatrixThatIsNotPositiveDefinite() {
    assertThat(SpdInverse.invertInPlace(new double[][] {{1, 2}, {2, 1}}, 1)).isFalse();
    assertThat(SpdInverse.invertInPlace(new double[][] {{0}}, 1)).isFalse();
    assertThat(SpdInverse.invertInPlace(new double[][] {{Double.NaN}}, 1)).isFalse();
  }

  /** {@code X'X + n I} for a random {@code n x n} X: symmetric positive definite. */
  private static double[][] randomSpd(int n, SplittableRandom random) {
    double[][] x = new double[n][n];
    for (double[] row : x) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextDouble(-1, 1);
      }
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = i == j ? n : 0;
        for (int k = 0; k < n; k++) {
          s += x[k][i] * x[k][j];
        }
        a[i][j] = s;
      }
    }
    return a;
  }

  private static double[][] copy(double[][] a) {
    return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
  }
}
