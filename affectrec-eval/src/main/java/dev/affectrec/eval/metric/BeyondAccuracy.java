package dev.affectrec.eval.metric;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.data.ItemCosine;
import java.util.BitSet;
import java.util.List;

/**
 * Catalogue coverage, novelty and intra-list diversity of a set of lists, measured against the
 * training matrix. Stateless and thread-safe.
 */
public final class BeyondAccuracy {
  private BeyondAccuracy() {}

  /** The share of the catalogue that appears in at least one list, in [0, 1]. */
  public static double coverage(List<int[]> lists, int catalogueSize) {
    BitSet seen = new BitSet(catalogueSize);
    for (int[] list : lists) {
      for (int item : list) {
        seen.set(item);
      }
    }
    return catalogueSize == 0 ? 0 : (double) seen.cardinality() / catalogueSize;
  }

  /**
   * Mean self-information {@code -log2(users(i) / users)} of the recommended items; items nobody
   * trained on count as seen once. NaN when the lists are all empty.
   */
  public static double novelty(List<int[]> lists, InteractionMatrix train) {
    double sum = 0;
    long count = 0;
    for (int[] list : lists) {
      for (int item : list) {
        double share = Math.max(1, train.colLength(item)) / (double) train.userCount();
        sum += -Math.log(share) / Math.log(2);
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * Intra-list diversity of one list: the mean of {@code 1 - cosine(i, j)} over item pairs, with
   * binary cosine of the items' training user sets ({@link ItemCosine}). NaN for lists shorter than
   * two.
   */
  public static double intraListDiversity(int[] list, InteractionMatrix train) {
    if (list.length < 2) {
      return Double.NaN;
    }
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < list.length; a++) {
      for (int b = a + 1; b < list.length; b++) {
        sum += 1 - ItemCosine.of(train, list[a], list[b]);
        pairs++;
      }
    }
    return sum / pairs;
  }
}
