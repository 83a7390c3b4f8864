package dev.affectrec.recommend.knn;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.Popularity;
import dev.affectrec.recommend.model.UserHistories;
import dev.affectrec.recommend.parallel.ParallelRange;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.time.Clock;

/**
 * Computes {@code sim(i, j) = <r_i, r_j> / (|r_i| |r_j| + shrinkage)} over item columns and keeps
 * each item's {@code neighbours} most similar items with positive similarity. Thread-safe.
 */
public final class ItemKnnTrainer extends ConfiguredTrainer<ItemKnnConfig, ItemKnnModel> {

  /** A trainer with {@code config}, never null. */
  public ItemKnnTrainer(ItemKnnConfig config) {
    super("itemknn", config);
  }

  @Override
  protected ItemKnnModel fit(InteractionMatrix data, Clock clock) {
    int n = data.itemCount();
    float[] norms = columnNorms(data);
    int keep = Math.min(config.neighbours(), Math.max(1, n - 1));
    int[][] neighbourItems = new int[n][];
    float[][] neighbourSims = new float[n][];
    ParallelRange.forEach(
        n,
        config.threads(),
        () -> new float[n],
        (item, acc) -> {
          java.util.Arrays.fill(acc, 0f);
          cooccurrence(data, item, acc);
          for (int other = 0; other < n; other++) {
            float dot = acc[other];
            acc[other] =
                other == item || dot <= 0
                    ? Float.NaN
                    : (float) (dot / ((double) norms[item] * norms[other] + config.shrinkage()));
          }
          Ranking top = TopK.select(acc, keep, null);
          neighbourItems[item] = top.items();
          neighbourSims[item] = top.scores();
        });
    return new ItemKnnModel(
        data.users(),
        data.items(),
        Popularity.counts(data),
        provenance(data, 0, clock),
        SparseRows.of(neighbourItems, neighbourSims),
        UserHistories.of(data, config.binary()));
  }

  private void cooccurrence(InteractionMatrix data, int item, float[] acc) {
    int[] colUsers = data.colUsers();
    float[] colValues = data.colValues();
    int[] rowItems = data.rowItems();
    float[] rowValues = data.rowValues();
    boolean binary = config.binary();
    for (int p = data.colStart(item); p < data.colEnd(item); p++) {
      int user = colUsers[p];
      float w = binary ? 1f : colValues[p];
      for (int q = data.rowStart(user); q < data.rowEnd(user); q++) {
        acc[rowItems[q]] += binary ? w : w * rowValues[q];
      }
    }
  }

  private float[] columnNorms(InteractionMatrix data) {
    float[] norms = new float[data.itemCount()];
    float[] values = data.colValues();
    for (int i = 0; i < norms.length; i++) {
      double sum = 0;
      for (int p = data.colStart(i); p < data.colEnd(i); p++) {
        sum += config.binary() ? 1 : (double) values[p] * values[p];
      }
      norms[i] = (float) Math.sqrt(sum);
    }
    return norms;
  }
}
