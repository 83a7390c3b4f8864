package dev.affectrec.recommend.algorithm;

import dev.affectrec.api.satisfaction.RatingScale;
import java.util.Map;
import java.util.Optional;

/**
 * What an algorithm may need beyond the interaction matrix.
 *
 * @param itemTexts item id to text for content-based algorithms; empty when the data has none
 * @param threads worker threads, at least 1
 * @param reviewTexts the review text behind an interaction, keyed by {@link
 *     dev.affectrec.recommend.data.ReviewKey}; empty when the data has none
 * @param ratingScale the scale of the interaction values when they are explicit ratings (so each
 *     states the user's satisfaction), or null when they are implicit feedback
 */
public record AlgorithmContext(
    Map<String, String> itemTexts,
    int threads,
    Map<String, String> reviewTexts,
    RatingScale ratingScale) {

  /** Copies the texts. */
  public AlgorithmContext {
    itemTexts = Map.copyOf(itemTexts);
    threads = Math.max(1, threads);
    reviewTexts = Map.copyOf(reviewTexts);
  }

  /** A context of implicit feedback. */
  public AlgorithmContext(Map<String, String> itemTexts, int threads, Map<String, String> texts) {
    this(itemTexts, threads, texts, null);
  }

  /** A context of implicit feedback without review texts. */
  public AlgorithmContext(Map<String, String> itemTexts, int threads) {
    this(itemTexts, threads, Map.of(), null);
  }

  /** No texts, implicit feedback, all processors. */
  public static AlgorithmContext plain() {
    return new AlgorithmContext(Map.of(), Runtime.getRuntime().availableProcessors(), Map.of());
  }

  /** The rating scale, empty for implicit feedback. */
  public Optional<RatingScale> ratings() {
    return Optional.ofNullable(ratingScale);
  }
}
