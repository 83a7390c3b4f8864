package dev.affectrec.eval.metric;

import java.util.Set;

/** How often a list shows items the user is known to dislike. Stateless and thread-safe. */
public final class Exposure {
  private Exposure() {}

  /**
   * Unhappy exposure of one list: of the items recommended in its top {@code k} (fewer when the
   * list is shorter), how many per 1,000 are in {@code unhappy}.
   *
   * @param ranked item indices, best first
   * @param unhappy the items the user was dissatisfied with, never null
   * @param k the cutoff, at least 1
   * @return in [0, 1000]; NaN for an empty list (nothing was recommended)
   */
  public static double unhappyPerThousand(int[] ranked, Set<Integer> unhappy, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was " + k);
    }
    int shown = Math.min(k, ranked.length);
    if (shown == 0) {
      return Double.NaN;
    }
    int hits = 0;
    for (int n = 0; n < shown; n++) {
      if (unhappy.contains(ranked[n])) {
        hits++;
      }
    }
    return 1000.0 * hits / shown;
  }
}
