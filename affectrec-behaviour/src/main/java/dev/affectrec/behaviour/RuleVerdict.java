package dev.affectrec.behaviour;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.PolarityScores;
import java.util.Objects;

/**
 * What a cold-start rule concluded.
 *
 * @param rule non-blank name of the rule that fired, {@code none} when none did
 * @param emotions never null
 * @param polarity never null
 * @param confidence in [0, 1]; deliberately low because rules are weak evidence
 */
public record RuleVerdict(
    String rule, EmotionDistribution emotions, PolarityScores polarity, double confidence) {

  /** Validates the fields. */
  public RuleVerdict {
    Arguments.requireNonBlank(rule, "rule");
    Objects.requireNonNull(emotions, "emotions is required");
    Objects.requireNonNull(polarity, "polarity is required");
    Arguments.requireInRange(confidence, 0, 1, "confidence");
  }
}
