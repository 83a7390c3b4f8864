package dev.affectrec.hybrid.score;

/**
 * One validation user: the feature vectors of the candidates and which are relevant. Immutable.
 *
 * @param features one vector of {@link Feature#COUNT} values per candidate; copied
 * @param relevant aligned with {@code features}; copied
 */
public record RankingQuery(double[][] features, boolean[] relevant) {

  /** Validates and copies. */
  public RankingQuery {
    if (features == null || relevant == null || features.length != relevant.length) {
      throw new IllegalArgumentException("features and relevant must be aligned and not null");
    }
    double[][] copy = new double[features.length][];
    for (int c = 0; c < features.length; c++) {
      if (features[c] == null || features[c].length != Feature.COUNT) {
        throw new IllegalArgumentException(
            "candidate " + c + " needs exactly " + Feature.COUNT + " feature values");
      }
      copy[c] = features[c].clone();
    }
    features = copy;
    relevant = relevant.clone();
  }

  /** The number of candidates. */
  public int size() {
    return relevant.length;
  }

  /**
   * NDCG at {@code k} of the candidates ranked by {@code weights} (binary gains; ties broken by
   * candidate order), in [0, 1]; 0 when nothing is relevant.
   */
  public double ndcg(BlendWeights weights, int k) {
    int n = size();
    double[] scores = new double[n];
    int relevantCount = 0;
    for (int c = 0; c < n; c++) {
      scores[c] = HybridBlend.score(features[c], weights);
      if (relevant[c]) {
        relevantCount++;
      }
    }
    if (relevantCount == 0) {
      return 0;
    }
    double dcg = 0;
    for (int c = 0; c < n; c++) {
      if (!relevant[c]) {
        continue;
      }
      int rank = 0;
      for (int o = 0; o < n; o++) {
        if (scores[o] > scores[c] || (scores[o] == scores[c] && o < c)) {
          rank++;
        }
      }
      if (rank < k) {
        dcg += 1 / log2(rank + 2);
      }
    }
    double ideal = 0;
    for (int r = 0; r < Math.min(k, relevantCount); r++) {
      ideal += 1 / log2(r + 2);
    }
    return dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
