package dev.affectrec.eval.harness;

import dev.affectrec.api.satisfaction.RatingScale;
import java.util.List;

/**
 * The outcome of one evaluation run.
 *
 * @param dataset the input path
 * @param protocol the protocol name (with {@code validation:} prefix when run on validation cuts)
 * @param k the primary cutoff
 * @param cutoffs every cutoff measured, ascending
 * @param splits the number of splits
 * @param intervalsOver {@code users} (one split) or {@code splits}
 * @param results one per algorithm, in the order requested
 * @param ratingScale the scale the happy and unhappy metrics read the held-out values on, or null
 *     for implicit feedback (happy metrics equal the plain ones, unhappy exposure is not defined)
 */
public record EvaluationReport(
    String dataset,
    String protocol,
    int k,
    List<Integer> cutoffs,
    int splits,
    String intervalsOver,
    List<AlgorithmResult> results,
    RatingScale ratingScale) {

  /** Copies the lists. */
  public EvaluationReport {
    cutoffs = List.copyOf(cutoffs);
    results = List.copyOf(results);
  }
}
