package dev.affectrec.fusion.profile;

import dev.affectrec.api.Arguments;
import java.util.Objects;

/**
 * Recent against older mean valence of an item's readings.
 *
 * @param recentReadings at least 1
 * @param olderReadings at least 1
 * @param recentValence mean valence of recent readings, in [-1, 1]
 * @param olderValence mean valence of older readings, in [-1, 1]
 * @param direction never null
 */
public record Trend(
    int recentReadings,
    int olderReadings,
    double recentValence,
    double olderValence,
    Direction direction) {

  /** Which way valence moved. */
  public enum Direction {
    RISING,
    FALLING,
    STABLE
  }

  /** Validates the fields. */
  public Trend {
    Arguments.requireAtLeast(recentReadings, 1, "recentReadings");
    Arguments.requireAtLeast(olderReadings, 1, "olderReadings");
    Arguments.requireInRange(recentValence, -1, 1, "recentValence");
    Arguments.requireInRange(olderValence, -1, 1, "olderValence");
    Objects.requireNonNull(direction, "direction is required");
  }

  /** {@code recentValence - olderValence}, in [-2, 2]. */
  public double valenceChange() {
    return recentValence - olderValence;
  }
}
