package dev.affectrec.recommend.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BiasedLeastSquaresTest {
  private static final int F = 3;

  @Test
  void solvesTheRegularisedNormalEquationsExactly() {
    SplittableRandom random = new SplittableRandom(7);
    int m = 6;
    float[] otherBias = new float[m];
    float[] otherFactors = new float[m * F];
    for (int j = 0; j < m; j++) {
      otherBias[j] = (float) random.nextGaussian();
      for (int k = 0; k < F; k++) {
        otherFactors[j * F + k] = (float) random.nextGaussian();
      }
    }
    int[] others = {0, 2, 3, 5};
    float[] ratings = {5, 1, 4, 2};
    float mean = 3;
    double lambda = 0.3;
    double biasLambda = 0.1;
    float[] bias = new float[2];
    float[] factors = new float[2 * F];
    new BiasedLeastSquares(F, lambda, biasLambda)
        .solve(others, ratings, 0, 4, mean, otherBias, otherFactors, bias, factors, 1);
    // The objective's gradient vanishes at the solution: for the bias sum(e) = n * biasLambda * b,
    // for each factor sum(e * q_k) = n * lambda * p_k, e being each rating's residual.
    double biasGradient = -4 * biasLambda * bias[1];
    double[] factorGradient = new double[F];
    for (int n = 0; n < 4; n++) {
      int j = others[n];
      double prediction = mean + bias[1] + otherBias[j];
      for (int k = 0; k < F; k++) {
        prediction += factors[F + k] * otherFactors[j * F + k];
      }
      double e = ratings[n] - prediction;
      biasGradient += e;
      for (int k = 0; k < F; k++) {
        factorGradient[k] += e * otherFactors[j * F + k];
      }
    }
    assertThat(biasGradient).isCloseTo(0, within(1e-5));
    for (int k = 0; k < F; k++) {
      assertThat(factorGradient[k] - 4 * lambda * factors[F + k]).isCloseTo(0, within(1e-5));
    }
    assertThat(bias[0]).isZero();
  }

  @Test
  void aRowWithoutRatingsGetsZeroBiasAndVector() {
    float[] bias = {9};
    float[] factors = {9, 9, 9};
    new BiasedLeastSquares(F, 0.1, 0.1)
        .solve(new int[0], new float[0], 0, 0, 3, new float[0], new float[0], bias, factors, 0);
    assertThat(bias[0]).isZero();
    assertThat(factors).containsOnly(0f);
  }
}
