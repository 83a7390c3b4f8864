package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * How a review reading changes an interaction's training weight. Validated at construction.
 *
 * @param mode {@link Mode#PLAIN} keeps every weight (the baseline), never null
 * @param negativeThreshold a reading whose confidence-weighted valence is at most this is a
 *     negative review, in [-1, 0] (default -0.3)
 * @param negativeWeight factor applied to a negative review's interaction, in [0, 1] (default 0:
 *     the interaction is no positive signal)
 * @param strength other readings scale the weight by {@code 1 + strength * valence * confidence},
 *     in [0, 1] (default 0.5)
 */
public record SentimentWeightingConfig(
    Mode mode, double negativeThreshold, double negativeWeight, double strength) {

  /** Whether readings are used. */
  public enum Mode {
    /** Weights are left as they are. */
    PLAIN,
    /** Weights follow the review's sentiment. */
    SENTIMENT
  }

  /** Plain weighting: the baseline. */
  public static final SentimentWeightingConfig PLAIN =
      new SentimentWeightingConfig(Mode.PLAIN, -0.3, 0, 0.5);

  /** Sentiment weighting with the defaults. */
  public static final SentimentWeightingConfig SENTIMENT =
      new SentimentWeightingConfig(Mode.SENTIMENT, -0.3, 0, 0.5);

  /** Validates every field. */
  public SentimentWeightingConfig {
    Objects.requireNonNull(mode, "mode is required");
    Arguments.requireInRange(negativeThreshold, -1, 0, "negativeThreshold");
    Arguments.requireInRange(negativeWeight, 0, 1, "negativeWeight");
    Arguments.requireInRange(strength, 0, 1, "strength");
  }
}
