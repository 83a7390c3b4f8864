package dev.affectrec.behaviour.features;

import dev.affectrec.api.Arguments;
import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds of feature extraction.
 *
 * @param burstGap a click on the same item as the previous click within this gap is a repeated
 *     click; positive
 * @param reformulationDistance two consecutive different queries are a reformulation when their
 *     Levenshtein distance is at most this fraction of the longer query's length, in (0, 1]
 */
public record FeatureConfig(Duration burstGap, double reformulationDistance) {

  /** Validates the fields. */
  public FeatureConfig {
    Objects.requireNonNull(burstGap, "burstGap is required");
    if (burstGap.isNegative() || burstGap.isZero()) {
      throw new IllegalArgumentException("burstGap must be positive but was " + burstGap);
    }
    Arguments.requireInRange(reformulationDistance, 0, 1, "reformulationDistance");
    if (reformulationDistance == 0) {
      throw new IllegalArgumentException("reformulationDistance must be above 0");
    }
  }

  /** Burst gap 2 s, reformulation distance 0.5. */
  public static FeatureConfig defaults() {
    return new FeatureConfig(Duration.ofSeconds(2), 0.5);
  }
}
