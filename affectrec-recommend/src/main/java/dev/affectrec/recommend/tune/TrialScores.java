package dev.affectrec.recommend.tune;

import java.util.List;
import java.util.Objects;

/**
 * The validation values of a {@link ModelSearch}'s candidates.
 *
 * @param objective the metric's name, such as {@code ndcg@10} or {@code rmse}, non-blank
 * @param lowerIsBetter whether smaller values win (errors such as RMSE)
 * @param values one value per candidate, in the candidates' order; NaN where a candidate could not
 *     be measured (it never wins)
 */
public record TrialScores(String objective, boolean lowerIsBetter, List<Double> values) {

  /** Validates and copies. */
  public TrialScores {
    dev.affectrec.api.Arguments.requireNonBlank(objective, "objective");
    values = List.copyOf(Objects.requireNonNull(values, "values is required"));
  }

  /** The index of the best value; the first (the spec as written) on ties or when all are NaN. */
  public int best() {
    int best = 0;
    double bestScore = values.get(0);
    for (int n = 1; n < values.size(); n++) {
      double s = values.get(n);
      if (!Double.isNaN(s)
          && (Double.isNaN(bestScore) || (lowerIsBetter ? s < bestScore : s > bestScore))) {
        best = n;
        bestScore = s;
      }
    }
    return best;
  }
}
