package dev.affectrec.recommend.rank;

import java.util.Set;

/**
 * Ranking accuracy of one list against one user's relevant items, binary relevance. Every method
 * takes the ranked item indices (best first, possibly fewer than {@code k}), the relevant set and
 * {@code k >= 1}, and looks at the first {@code k} entries. With an empty relevant set every metric
 * is 0 (the harness skips such users). Stateless and thread-safe.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  private static int hits(int[] ranked, Set<Integer> relevant, int k) {
    int hits = 0;
    for (int n = 0; n < Math.min(k, ranked.length); n++) {
      if (relevant.contains(ranked[n])) {
        hits++;
      }
    }
    return hits;
  }

  /** Hits in the top k divided by k. */
  public static double precision(int[] ranked, Set<Integer> relevant, int k) {
    return (double) hits(ranked, relevant, k) / k;
  }

  /** Hits in the top k divided by the number of relevant items. */
  public static double recall(int[] ranked, Set<Integer> relevant, int k) {
    return relevant.isEmpty() ? 0 : (double) hits(ranked, relevant, k) / relevant.size();
  }

  /** The harmonic mean of precision and recall at k (0 when both are 0). */
  public static double f1(int[] ranked, Set<Integer> relevant, int k) {
    double p = precision(ranked, relevant, k);
    double r = recall(ranked, relevant, k);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** 1 if any of the top k is relevant, else 0. */
  public static double hitRate(int[] ranked, Set<Integer> relevant, int k) {
    return hits(ranked, relevant, k) > 0 ? 1 : 0;
  }

  /** The reciprocal rank of the first relevant item in the top k, or 0. */
  public static double reciprocalRank(int[] ranked, Set<Integer> relevant, int k) {
    for (int n = 0; n < Math.min(k, ranked.length); n++) {
      if (relevant.contains(ranked[n])) {
        return 1.0 / (n + 1);
      }
    }
    return 0;
  }

  /**
   * Average precision at k: the sum of precision at each relevant rank in the top k, divided by
   * {@code min(|relevant|, k)}.
   */
  public static double averagePrecision(int[] ranked, Set<Integer> relevant, int k) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double sum = 0;
    int hits = 0;
    for (int n = 0; n < Math.min(k, ranked.length); n++) {
      if (relevant.contains(ranked[n])) {
        hits++;
        sum += (double) hits / (n + 1);
      }
    }
    return sum / Math.min(relevant.size(), k);
  }

  /**
   * Normalised discounted cumulative gain at k: {@code sum 1/log2(rank+1)} over relevant ranks in
   * the top k, divided by the same sum for an ideal list of {@code min(|relevant|, k)} hits.
   */
  public static double ndcg(int[] ranked, Set<Integer> relevant, int k) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double dcg = 0;
    for (int n = 0; n < Math.min(k, ranked.length); n++) {
      if (relevant.contains(ranked[n])) {
        dcg += 1 / log2(n + 2);
      }
    }
    double ideal = 0;
    for (int n = 0; n < Math.min(relevant.size(), k); n++) {
      ideal += 1 / log2(n + 2);
    }
    return dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
