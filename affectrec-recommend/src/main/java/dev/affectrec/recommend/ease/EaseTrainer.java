package dev.affectrec.recommend.ease;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ModelProvenance;
import dev.affectrec.recommend.model.Popularity;
import dev.affectrec.recommend.model.Trainer;
import dev.affectrec.recommend.model.UserHistories;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Trains EASE with one dense symmetric inverse (EJML). Memory and time grow as the square and cube
 * of the catalogue: fine to about 20,000 items. Thread-safe.
 */
public final class EaseTrainer implements Trainer<EaseModel> {
  private final EaseConfig config;

  /** A trainer with {@code config}, never null. */
  public EaseTrainer(EaseConfig config) {
    this.config = Objects.requireNonNull(config, "config is required");
  }

  @Override
  public EaseModel train(InteractionMatrix data) {
    Trainer.requireData(data);
    int n = data.itemCount();
    DMatrixRMaj gram = gram(data, n);
    for (int i = 0; i < n; i++) {
      gram.add(i, i, config.lambda());
    }
    DMatrixRMaj p = new DMatrixRMaj(n, n);
    if (!CommonOps_DDRM.invertSPD(gram, p)) {
      throw new IllegalStateException("X'X + lambda I is not positive definite; raise lambda");
    }
    float[] weights = new float[n * n];
    double[] pd = p.data;
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        // B[row][col] = -P[row][col] / P[col][col], zero diagonal.
        weights[row * n + col] = row == col ? 0f : (float) (-pd[row * n + col] / pd[col * n + col]);
      }
    }
    return new EaseModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        ModelProvenance.of("ease", data, config.parameters(), 0),
        weights,
        UserHistories.of(data, config.binary()));
  }

  private DMatrixRMaj gram(InteractionMatrix data, int n) {
    DMatrixRMaj g = new DMatrixRMaj(n, n);
    double[] gd = g.data;
    int[] items = data.rowItems();
    float[] values = data.rowValues();
    boolean binary = config.binary();
    for (int u = 0; u < data.userCount(); u++) {
      int start = data.rowStart(u);
      int end = data.rowEnd(u);
      for (int a = start; a < end; a++) {
        double va = binary ? 1 : values[a];
        int base = items[a] * n;
        for (int b = start; b < end; b++) {
          gd[base + items[b]] += binary ? 1 : va * values[b];
        }
      }
    }
    return g;
  }
}
