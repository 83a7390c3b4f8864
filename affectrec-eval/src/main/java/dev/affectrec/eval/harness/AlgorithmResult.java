package dev.affectrec.eval.harness;

import dev.affectrec.eval.metric.Interval;
import java.util.Map;

/**
 * The aggregated result of one algorithm over all splits.
 *
 * @param label the algorithm spec as written
 * @param parameters the trained model's parameters (from its provenance on the first split)
 * @param metrics metric name (for example {@code ndcg@10}, {@code rmse}) to interval, sorted
 * @param fitSeconds training time per split
 * @param rankSeconds time to score and rank every test user, per split
 */
public record AlgorithmResult(
    String label,
    Map<String, String> parameters,
    Map<String, Interval> metrics,
    Interval fitSeconds,
    Interval rankSeconds) {

  /** Copies the maps into sorted unmodifiable maps. */
  public AlgorithmResult {
    parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    metrics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metrics));
  }

  /** The interval of {@code metric}, or null when it was not measured. */
  public Interval metric(String metric) {
    return metrics.get(metric);
  }
}
