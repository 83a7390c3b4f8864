package dev.affectrec.recommend.tune;

import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Chooses an algorithm's parameters on a validation cut, like Gorse's model search: the spec as
 * written (its defaults) and up to {@code budget - 1} other points of its {@link SearchSpace} (the
 * whole grid when it fits the budget, else a seeded random sample of it), each measured by an
 * {@link Objective}; the best wins, the spec as written on ties. Parameters written in the spec
 * stay fixed. Which data the objective trains and measures on is the caller's: {@link
 * HoldoutObjective} cuts an interaction matrix, the evaluation harness its own validation splits.
 * Stateless apart from its settings; thread-safe.
 */
public final class ModelSearch {
  private final int budget;
  private final long seed;

  /**
   * @param budget trials per algorithm, the spec as written included, at least 1
   * @param seed seed of the random sample when the grid exceeds the budget
   */
  public ModelSearch(int budget, long seed) {
    if (budget < 1) {
      throw new IllegalArgumentException("the tuning budget must be at least 1 but was " + budget);
    }
    this.budget = budget;
    this.seed = seed;
  }

  /** Searches {@code space} around {@code spec} (no space: the spec alone, one trial). */
  public SearchResult search(AlgorithmSpec spec, SearchSpace space, Objective objective) {
    Objects.requireNonNull(objective, "objective is required");
    List<AlgorithmSpec> candidates = candidates(spec, space);
    TrialScores scores = objective.measure(candidates);
    if (scores.values().size() != candidates.size()) {
      throw new IllegalStateException(
          "the objective measured "
              + scores.values().size()
              + " of "
              + candidates.size()
              + " candidates");
    }
    int best = scores.best();
    return new SearchResult(
        spec,
        candidates.get(best),
        scores.objective(),
        scores.values().get(best),
        scores.values().get(0),
        candidates.size());
  }

  /** Searches the {@linkplain SearchSpace#builtIn built-in space} of {@code spec}'s algorithm. */
  public SearchResult search(AlgorithmSpec spec, Objective objective) {
    return search(spec, SearchSpace.builtIn(spec), objective);
  }

  /** The spec as written, then the sampled grid points, each labelled with what it changes. */
  public List<AlgorithmSpec> candidates(AlgorithmSpec spec, SearchSpace space) {
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
}
