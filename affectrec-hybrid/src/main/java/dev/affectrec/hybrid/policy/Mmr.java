package dev.affectrec.hybrid.policy;

import dev.affectrec.api.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maximal marginal relevance: picks {@code k} candidates one by one, each maximising {@code lambda
 * * relevance - (1 - lambda) * max similarity to the items already picked}, where relevance is the
 * candidate's score scaled to [0, 1] over the list. Lambda 1 keeps the input order. Pure and
 * thread-safe.
 *
 * @param lambda in [0, 1]
 */
public record Mmr(double lambda) {

  /** Validates. */
  public Mmr {
    Arguments.requireInRange(lambda, 0, 1, "lambda");
  }

  /**
   * The re-ranked first {@code k} candidates; their scores are rewritten to keep the new order
   * (decreasing), starting from the best input score.
   *
   * @param ranked candidates best first, never null
   * @param k at least 1
   */
  public List<Candidate> rerank(List<Candidate> ranked, int k, ItemSimilarity similarity) {
    Objects.requireNonNull(ranked, "ranked is required");
    Objects.requireNonNull(similarity, "similarity is required");
    Arguments.requireAtLeast(k, 1, "k");
    int n = ranked.size();
    int take = Math.min(k, n);
    if (n == 0 || lambda == 1) {
      return List.copyOf(ranked.subList(0, take));
    }
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (Candidate c : ranked) {
      max = Math.max(max, c.score());
      min = Math.min(min, c.score());
    }
    double range = max - min;
    boolean[] picked = new boolean[n];
    double[] maxSim = new double[n];
    List<Candidate> out = new ArrayList<>(take);
    for (int step = 0; step < take; step++) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < n; c++) {
        if (picked[c]) {
          continue;
        }
        double relevance = range == 0 ? 1 : (ranked.get(c).score() - min) / range;
        double value = lambda * relevance - (1 - lambda) * maxSim[c];
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      picked[best] = true;
      Candidate chosen = ranked.get(best);
      out.add(chosen.withScore(max - step * Math.max(range, 1) / take));
      for (int c = 0; c < n; c++) {
        if (!picked[c]) {
          maxSim[c] =
              Math.max(maxSim[c], similarity.similarity(chosen.item(), ranked.get(c).item()));
        }
      }
    }
    return out;
  }
}
