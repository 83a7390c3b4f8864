package dev.affectrec.recommend.model;

/**
 * Predicts explicit ratings. Thread-safe.
 *
 * <p>Returns NaN when the model cannot predict a pair (for example an item it never saw); callers
 * choose the fallback.
 */
public interface RatingPredictor {

  /**
   * The predicted rating of {@code item} by {@code user}, or NaN when either is unknown to the
   * model and it has no fallback of its own.
   */
  double predict(String user, String item);

  /**
   * Whether {@link #predict} returns values on the rating scale (true for explicit models); false
   * for models whose predictions are preference scores, which rating metrics must skip.
   */
  default boolean predictsRatings() {
    return true;
  }
}
