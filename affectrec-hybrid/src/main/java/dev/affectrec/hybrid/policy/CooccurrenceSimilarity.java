package dev.affectrec.hybrid.policy;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.rank.TopK;
import java.util.Objects;

/**
 * Binary cosine similarity of item columns of an interaction matrix, computed on demand: {@code
 * |U(a) and U(b)| / sqrt(|U(a)| |U(b)|)}. Similarity costs O(|U(a)| + |U(b)|); neighbours cost the
 * item's co-occurrences. Immutable and thread-safe.
 */
public final class CooccurrenceSimilarity implements ItemSimilarity {
  private final InteractionMatrix data;

  /** Similarity over {@code data}, never null. */
  public CooccurrenceSimilarity(InteractionMatrix data) {
    this.data = Objects.requireNonNull(data, "data is required");
  }

  @Override
  public double similarity(int a, int b) {
    if (a == b) {
      return 1;
    }
    int[] users = data.colUsers();
    int p = data.colStart(a);
    int q = data.colStart(b);
    int pe = data.colEnd(a);
    int qe = data.colEnd(b);
    int common = 0;
    while (p < pe && q < qe) {
      if (users[p] == users[q]) {
        common++;
        p++;
        q++;
      } else if (users[p] < users[q]) {
        p++;
      } else {
        q++;
      }
    }
    double norm = Math.sqrt((double) data.colLength(a) * data.colLength(b));
    return norm == 0 ? 0 : common / norm;
  }

  @Override
  public int[] neighbours(int item, int n) {
    float[] acc = new float[data.itemCount()];
    int[] users = data.colUsers();
    int[] rowItems = data.rowItems();
    for (int p = data.colStart(item); p < data.colEnd(item); p++) {
      int u = users[p];
      for (int q = data.rowStart(u); q < data.rowEnd(u); q++) {
        acc[rowItems[q]]++;
      }
    }
    double own = data.colLength(item);
    for (int j = 0; j < acc.length; j++) {
      acc[j] =
          j == item || acc[j] == 0
              ? Float.NaN
              : (float) (acc[j] / Math.sqrt(own * data.colLength(j)));
    }
    return TopK.select(acc, Math.max(1, n), null).items();
  }
}
