package dev.affectrec.api.satisfaction;

import dev.affectrec.api.Arguments;
import java.util.Collection;
import java.util.Objects;

/**
 * An estimate of how satisfied a user was with one interaction. Immutable.
 *
 * <p>{@link #isHappy()} and {@link #isUnhappy()} are the one rule every part of AffectRec uses to
 * call an interaction satisfied or not: on a 1-5 star scale, 4 and 5 stars are happy, 1 and 2 are
 * unhappy and 3 is neither.
 *
 * @param value -1 (as dissatisfied as can be) to 1 (delighted), 0 neutral
 * @param confidence in [0, 1]: 0 carries no information, 1 is an explicit statement (a rating)
 */
public record Satisfaction(double value, double confidence) {

  /** {@link #value()} at or above this is happy (4 stars of 5 map to 0.5). */
  public static final double HAPPY_AT = 0.25;

  /** {@link #value()} at or below this is unhappy (2 stars of 5 map to -0.5). */
  public static final double UNHAPPY_AT = -0.25;

  /** Validates the ranges. */
  public Satisfaction {
    Arguments.requireInRange(value, -1, 1, "value");
    Arguments.requireInRange(confidence, 0, 1, "confidence");
  }

  /** Whether the user was satisfied: value at least {@link #HAPPY_AT} with some confidence. */
  public boolean isHappy() {
    return confidence > 0 && value >= HAPPY_AT;
  }

  /** Whether the user was dissatisfied: value at most {@link #UNHAPPY_AT} with some confidence. */
  public boolean isUnhappy() {
    return confidence > 0 && value <= UNHAPPY_AT;
  }

  /** {@code value * confidence}: the evidence for (positive) or against (negative) the item. */
  public double evidence() {
    return value * confidence;
  }

  /**
   * Combines independent estimates of one interaction: the value is the confidence-weighted mean,
   * the confidence {@code 1 - prod(1 - c)} (each estimate adds to the certainty). Estimates with
   * confidence 0 are ignored.
   *
   * @param estimates never null, no null element
   * @return the combination, or a neutral estimate with confidence 0 when there is no information
   */
  public static Satisfaction combine(Collection<Satisfaction> estimates) {
    Objects.requireNonNull(estimates, "estimates is required");
    double weighted = 0;
    double weights = 0;
    double doubt = 1;
    for (Satisfaction s : estimates) {
      Objects.requireNonNull(s, "estimates holds a null estimate");
      weighted += s.value * s.confidence;
      weights += s.confidence;
      doubt *= 1 - s.confidence;
    }
    if (weights == 0) {
      return new Satisfaction(0, 0);
    }
    return new Satisfaction(clamp(weighted / weights), clamp01(1 - doubt));
  }

  static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }

  static double clamp01(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
