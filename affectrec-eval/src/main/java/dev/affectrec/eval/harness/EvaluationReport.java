package dev.affectrec.eval.harness;

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
 */
public record EvaluationReport(
    String dataset,
    String protocol,
    int k,
    List<Integer> cutoffs,
    int splits,
    String intervalsOver,
    List<AlgorithmResult> results) {

  /** Copies the lists. */
  public EvaluationReport {
    cutoffs = List.copyOf(cutoffs);
    results = List.copyOf(results);
  }
}
