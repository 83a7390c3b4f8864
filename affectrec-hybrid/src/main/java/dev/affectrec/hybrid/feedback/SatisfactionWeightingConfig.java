package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * How an interaction's {@link dev.affectrec.api.satisfaction.Satisfaction} changes its training
 * weight. Validated at construction.
 *
 * @param mode {@link Mode#PLAIN} keeps every weight (the baseline), never null
 * @param negativeThreshold an interaction whose evidence ({@code value * confidence}) is at most
 *     this was a dislike, in [-1, 0] (default -0.3: a 2-star rating, a return, a confidently
 *     negative review)
 * @param negativeWeight factor applied to a dislike's weight, in [0, 1] (default 0: a dislike is no
 *     positive signal)
 * @param strength other interactions scale their weight by {@code 1 + strength * evidence}, in [0,
 *     1] (default 0.5: a 5-star rating weighs 1.5 times a plain interaction)
 */
public record SatisfactionWeightingConfig(
    Mode mode, double negativeThreshold, double negativeWeight, double strength) {

  /** Whether satisfaction estimates are used. */
  public enum Mode {
    /** Weights are left as they are. */
    PLAIN,
    /** Weights follow each interaction's satisfaction. */
    SATISFACTION
  }

  /** Plain weighting: the baseline. */
  public static final SatisfactionWeightingConfig PLAIN =
      new SatisfactionWeightingConfig(Mode.PLAIN, -0.3, 0, 0.5);

  /** Satisfaction weighting with the defaults. */
  public static final SatisfactionWeightingConfig SATISFACTION =
      new SatisfactionWeightingConfig(Mode.SATISFACTION, -0.3, 0, 0.5);

  /** Validates every field. */
  public SatisfactionWeightingConfig {
    Objects.requireNonNull(mode, "mode is required");
    Arguments.requireInRange(negativeThreshold, -1, 0, "negativeThreshold");
    Arguments.requireInRange(negativeWeight, 0, 1, "negativeWeight");
    Arguments.requireInRange(strength, 0, 1, "strength");
  }
}
