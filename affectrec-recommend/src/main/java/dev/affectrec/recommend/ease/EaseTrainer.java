package dev.affectrec.recommend.ease;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import dev.affectrec.recommend.model.RowMajor;
import dev.affectrec.recommend.model.UserHistories;
import java.time.Clock;

/**
 * Trains EASE with one dense symmetric inverse ({@link SpdInverse}, on all available processors).
 * Memory and time grow as the square and cube of the catalogue: fine to about 20,000 items.
 * Thread-safe.
 */
public final class EaseTrainer extends ConfiguredTrainer<EaseConfig, EaseModel> {

  /** A trainer with {@code config}, never null. */
  public EaseTrainer(EaseConfig config) {
    super("ease", config);
  }

  @Override
  protected EaseModel fit(InteractionMatrix data, Clock clock) {
    int n = data.itemCount();
    double[][] p = gram(data, n);
    for (int i = 0; i < n; i++) {
      p[i][i] += config.lambda();
    }
    if (!SpdInverse.invertInPlace(p, Runtime.getRuntime().availableProcessors())) {
      throw new IllegalStateException("X'X + lambda I is not positive definite; raise lambda");
    }
    double[] diagonal = new double[n];
    for (int i = 0; i < n; i++) {
      diagonal[i] = p[i][i];
    }
    float[][] weights = new float[n][];
    for (int row = 0; row < n; row++) {
      // B[row][col] = -P[row][col] / P[col][col], zero diagonal; each row of P is dropped once
      // converted, so the model never sits beside the whole double matrix.
      float[] b = new float[n];
      double[] pr = p[row];
      for (int col = 0; col < n; col++) {
        b[col] = row == col ? 0f : (float) (-pr[col] / diagonal[col]);
      }
      weights[row] = b;
      p[row] = null;
    }
    return new EaseModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        provenance(data, 0, clock),
        RowMajor.adopt(weights),
        UserHistories.of(data, config.binary()));
  }

  private double[][] gram(InteractionMatrix data, int n) {
    double[][] g = new double[n][n];
    int[] items = data.rowItems();
    float[] values = data.rowValues();
    boolean binary = config.binary();
    for (int u = 0; u < data.userCount(); u++) {
      int start = data.rowStart(u);
      int end = data.rowEnd(u);
      for (int a = start; a < end; a++) {
        double va = binary ? 1 : values[a];
        double[] row = g[items[a]];
        for (int b = start; b < end; b++) {
          row[items[b]] += binary ? 1 : va * values[b];
        }
      }
    }
    return g;
  }
}
