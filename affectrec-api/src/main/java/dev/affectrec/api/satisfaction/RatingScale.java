package dev.affectrec.api.satisfaction;

import java.util.Optional;

/**
 * The scale of explicit ratings: its midpoint reads as neutral satisfaction, its ends as -1 and 1.
 * Validated at construction. Immutable.
 *
 * @param min the lowest rating, finite
 * @param max the highest rating, finite and greater than {@code min}
 */
public record RatingScale(double min, double max) {

  /** One to five stars (MovieLens, Amazon, most shops). */
  public static final RatingScale FIVE_STARS = new RatingScale(1, 5);

  /** Validates. */
  public RatingScale {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
      throw new IllegalArgumentException(
          "a rating scale needs finite min < max but was [" + min + ", " + max + "]");
    }
  }

  /**
   * The satisfaction a rating states: linear from -1 at {@link #min()} to 1 at {@link #max()}
   * (clamped), confidence 1. On five stars: 1 → -1, 2 → -0.5, 3 → 0, 4 → 0.5, 5 → 1.
   */
  public Satisfaction satisfaction(double rating) {
    double mid = (min + max) / 2;
    double half = (max - min) / 2;
    return new Satisfaction(Satisfaction.clamp((rating - mid) / half), 1);
  }

  /**
   * The scale of a column of values when they look like five-star ratings: every value within [0.5,
   * 5] and at least two distinct values. Implicit feedback (all 1, counts, dwell seconds) has no
   * scale.
   *
   * @param values never null
   */
  public static Optional<RatingScale> infer(float[] values) {
    boolean distinct = false;
    for (float v : values) {
      if (!(v >= 0.5f && v <= 5f)) {
        return Optional.empty();
      }
      distinct |= v != values[0];
    }
    return distinct ? Optional.of(FIVE_STARS) : Optional.empty();
  }
}
