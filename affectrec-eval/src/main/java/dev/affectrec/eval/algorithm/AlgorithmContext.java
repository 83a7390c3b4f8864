package dev.affectrec.eval.algorithm;

import java.util.Map;

/**
 * What an algorithm may need beyond the interaction matrix.
 *
 * @param itemTexts item id to text for content-based algorithms; empty when the data has none
 * @param threads worker threads, at least 1
 */
public record AlgorithmContext(Map<String, String> itemTexts, int threads) {

  /** Copies the texts. */
  public AlgorithmContext {
    itemTexts = Map.copyOf(itemTexts);
    threads = Math.max(1, threads);
  }

  /** No texts, all processors. */
  public static AlgorithmContext plain() {
    return new AlgorithmContext(Map.of(), Runtime.getRuntime().availableProcessors());
  }
}
