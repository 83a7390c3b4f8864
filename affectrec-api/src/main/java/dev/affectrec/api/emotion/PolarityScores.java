package dev.affectrec.api.emotion;

import dev.affectrec.api.Arguments;

/**
 * A probability distribution over {@link Polarity}; the three scores are in [0, 1] and sum to 1
 * within 1e-6.
 */
public record PolarityScores(double negative, double neutral, double positive) {

  /** All mass on neutral. */
  public static final PolarityScores NEUTRAL = new PolarityScores(0, 1, 0);

  /** Validates the scores. */
  public PolarityScores {
    Arguments.requireInRange(negative, 0, 1, "polarity.negative");
    Arguments.requireInRange(neutral, 0, 1, "polarity.neutral");
    Arguments.requireInRange(positive, 0, 1, "polarity.positive");
    double sum = negative + neutral + positive;
    if (Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException("polarity scores must sum to 1 but sum to " + sum);
    }
  }

  /** Normalises three non-negative scores. */
  public static PolarityScores normalised(double negative, double neutral, double positive) {
    double sum = negative + neutral + positive;
    if (!(sum > 0) || negative < 0 || neutral < 0 || positive < 0) {
      throw new IllegalArgumentException("polarity scores must be >= 0 and not all zero");
    }
    return new PolarityScores(negative / sum, neutral / sum, positive / sum);
  }

  /** The most probable polarity; ties prefer neutral, then negative. */
  public Polarity label() {
    if (neutral >= negative && neutral >= positive) {
      return Polarity.NEUTRAL;
    }
    return negative >= positive ? Polarity.NEGATIVE : Polarity.POSITIVE;
  }

  /** Score of one polarity. */
  public double score(Polarity polarity) {
    return switch (polarity) {
      case NEGATIVE -> negative;
      case NEUTRAL -> neutral;
      case POSITIVE -> positive;
    };
  }
}
