package dev.affectrec.eval.metric;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The definition of every metric family the harness reports, for the Markdown report: a family is a
 * metric name up to and including {@code @} (its cutoff follows) or a whole name without cutoff.
 * The satisfaction-aware ones come from {@link SatisfactionMetrics#definitions()}. Stateless.
 */
public final class MetricDefinitions {
  private MetricDefinitions() {}

  /** Each family with its definition, in report order. */
  public static Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>(SatisfactionMetrics.definitions());
    out.put("precision@", "hits in the top K divided by K");
    out.put("recall@", "hits in the top K divided by the number of held-out items");
    out.put("f1@", "harmonic mean of precision@K and recall@K (0 when both are 0)");
    out.put(
        "map@",
        "average precision: precision at each hit's rank in the top K, summed and divided by"
            + " min(held-out items, K)");
    out.put("hit@", "1 when any of the top K is held out, else 0 (hit rate)");
    out.put("mrr@", "reciprocal rank of the first held-out item in the top K, else 0");
    out.put(
        "coverage@",
        "share of the catalogue that appears in at least one user's top K (one value per split)");
    out.put(
        "novelty@",
        "mean self-information -log2(training users of the item / training users) of the"
            + " recommended items (one value per split)");
    out.put(
        "ild@",
        "intra-list diversity: mean 1 - cosine of the training user sets over the pairs of a top-K"
            + " list");
    out.put(
        "rmse", "root mean squared error of predicted against held-out ratings (rating models)");
    out.put("mae", "mean absolute error of predicted against held-out ratings (rating models)");
    return out;
  }
}
