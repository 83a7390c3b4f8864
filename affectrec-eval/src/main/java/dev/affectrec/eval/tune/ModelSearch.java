package dev.affectrec.eval.tune;

import dev.affectrec.eval.harness.AlgorithmResult;
import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.harness.EvaluationReport;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses an algorithm's parameters on validation splits: the spec as written (its defaults) and up
 * to {@code budget - 1} other points of its {@link SearchSpace} (the whole grid when it fits the
 * budget, else a seeded random sample of it), each trained and measured by the harness; the best
 * wins, the spec as written on ties. Parameters written in the spec stay fixed. The objective is
 * RMSE (lower is better) for models that predict ratings, NDCG@k otherwise. The splits must be
 * validation cuts of training data: this class never sees a test part unless given one.
 */
public final class ModelSearch {
  private final EvaluationHarness harness;
  private final int budget;
  private final long seed;

  /**
   * @param harness trains and measures the candidates
   * @param budget trials per algorithm, the spec as written included, at least 1
   * @param seed seed of the random sample when the grid exceeds the budget
   */
  public ModelSearch(EvaluationHarness harness, int budget, long seed) {
    if (budget < 1) {
      throw new IllegalArgumentException("the tuning budget must be at least 1 but was " + budget);
    }
    this.harness = harness;
    this.budget = budget;
    this.seed = seed;
  }

  /** Searches {@code space} around {@code spec} (no space: the spec alone, one trial). */
  public SearchResult search(
      String dataset, List<Split> validation, AlgorithmSpec spec, SearchSpace space) {
    List<AlgorithmSpec> candidates = candidates(spec, space);
    EvaluationReport report = harness.run(dataset, "validation", validation, candidates);
    String objective = objective(report);
    boolean lowerIsBetter = objective.equals("rmse");
    int best = 0;
    double bestScore = score(report.results().get(0), objective);
    for (int n = 1; n < candidates.size(); n++) {
      double s = score(report.results().get(n), objective);
      if (!Double.isNaN(s)
          && (Double.isNaN(bestScore) || (lowerIsBetter ? s < bestScore : s > bestScore))) {
        best = n;
        bestScore = s;
      }
    }
    return new SearchResult(
        spec,
        candidates.get(best),
        objective,
        bestScore,
        score(report.results().get(0), objective),
        candidates.size());
  }

  List<AlgorithmSpec> candidates(AlgorithmSpec spec, SearchSpace space) {
    List<AlgorithmSpec> out = new ArrayList<>();
    out.add(spec);
    if (space == null || budget == 1) {
      return out;
    }
    List<Map<String, String>> grid = space.grid(spec.parameters());
    if (grid.size() > budget - 1) {
      Collections.shuffle(grid, new Random(seed));
      grid = grid.subList(0, budget - 1);
    }
    for (Map<String, String> combo : grid) {
      Map<String, String> params = new LinkedHashMap<>(spec.parameters());
      params.putAll(combo);
      StringBuilder label = new StringBuilder(spec.label());
      combo.forEach((key, value) -> label.append(':').append(key).append('=').append(value));
      out.add(new AlgorithmSpec(spec.name(), Map.copyOf(params), label.toString()));
    }
    return out;
  }

  private String objective(EvaluationReport report) {
    Interval rmse = report.results().get(0).metric("rmse");
    return rmse != null && !Double.isNaN(rmse.mean()) ? "rmse" : "ndcg@" + report.k();
  }

  private static double score(AlgorithmResult result, String objective) {
    Interval value = result.metric(objective);
    return value == null ? Double.NaN : value.mean();
  }
}
