package dev.affectrec.recommend.algorithm;

import java.util.Map;

/**
 * What an algorithm may need beyond the interaction matrix.
 *
 * @param itemTexts item id to text for content-based algorithms; empty when the data has none
 * @param threads worker threads, at least 1
 * @param reviewTexts the review text behind an interaction, keyed by {@link
 *     dev.affectrec.recommend.data.ReviewKey}; empty when the data has none
 */
public record AlgorithmContext(
    Map<String, String> itemTexts, int threads, Map<String, String> reviewTexts) {

  /** Copies the texts. */
  public AlgorithmContext {
    itemTexts = Map.copyOf(itemTexts);
    threads = Math.max(1, threads);
    reviewTexts = Map.copyOf(reviewTexts);
  }

  /** A context without review texts. */
  public AlgorithmContext(Map<String, String> itemTexts, int threads) {
    this(itemTexts, threads, Map.of());
  }

  /** No texts, all processors. */
  public static AlgorithmContext plain() {
    return new AlgorithmContext(Map.of(), Runtime.getRuntime().availableProcessors(), Map.of());
  }
}
