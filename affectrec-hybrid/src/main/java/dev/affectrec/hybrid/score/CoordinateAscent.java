package dev.affectrec.hybrid.score;

import dev.affectrec.api.Arguments;
import java.util.List;
import java.util.Objects;

/**
 * Learns {@link BlendWeights} that maximise mean NDCG@k over validation queries by coordinate
 * ascent: feature by feature, try the current weight plus each step and keep the best; repeat for a
 * number of rounds. A change is kept only when it improves the mean NDCG by more than {@code
 * minGain}, so a feature that never changes a ranking keeps weight 0 and small validation noise is
 * not chased. Stateless and thread-safe.
 *
 * @param k NDCG cutoff, at least 1
 * @param rounds passes over all features, at least 1
 * @param steps the moves tried per feature, never empty
 * @param minGain least improvement of mean NDCG that a move must bring, in [0, 1]
 */
public record CoordinateAscent(int k, int rounds, double[] steps, double minGain) {

  /** NDCG@10, 3 rounds, steps of +-0.05 to +-2, least gain 0.002. */
  public static final CoordinateAscent DEFAULTS =
      new CoordinateAscent(
          10, 3, new double[] {-2, -1, -0.5, -0.2, -0.05, 0.05, 0.2, 0.5, 1, 2}, 0.002);

  /** Validates and copies. */
  public CoordinateAscent {
    Arguments.requireAtLeast(k, 1, "k");
    Arguments.requireAtLeast(rounds, 1, "rounds");
    Arguments.requireInRange(minGain, 0, 1, "minGain");
    if (steps == null || steps.length == 0) {
      throw new IllegalArgumentException("steps must not be empty");
    }
    steps = steps.clone();
  }

  /** A copy of the steps. */
  @Override
  public double[] steps() {
    return steps.clone();
  }

  /**
   * The learned weights, starting from {@code start}.
   *
   * @param queries validation queries, never null; never the test split
   * @param start never null
   */
  public BlendWeights learn(List<RankingQuery> queries, BlendWeights start) {
    Objects.requireNonNull(queries, "queries is required");
    Objects.requireNonNull(start, "start is required");
    BlendWeights best = start;
    double bestScore = meanNdcg(queries, best);
    for (int round = 0; round < rounds; round++) {
      boolean improved = false;
      for (Feature feature : Feature.values()) {
        double current = best.weight(feature);
        for (double step : steps) {
          BlendWeights trial = best.with(feature, current + step);
          double score = meanNdcg(queries, trial);
          if (score > bestScore + Math.max(minGain, 1e-12)) {
            best = trial;
            bestScore = score;
            improved = true;
          }
        }
      }
      if (!improved) {
        break;
      }
    }
    return best;
  }

  /** Mean NDCG@k of {@code weights} over {@code queries}; 0 for no queries. */
  public double meanNdcg(List<RankingQuery> queries, BlendWeights weights) {
    if (queries.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (RankingQuery q : queries) {
      sum += q.ndcg(weights, k);
    }
    return sum / queries.size();
  }
}
