package dev.affectrec.fusion.profile;

import dev.affectrec.api.Arguments;
import java.time.Duration;
import java.util.Objects;

/**
 * How an item profile splits recent from older readings. Validated at construction.
 *
 * @param recentWindow readings within this span before the profile time are recent; positive
 * @param minReadingsPerSide a trend needs at least this many recent and this many older readings,
 *     at least 1
 * @param stableBand a valence change smaller than this in magnitude is {@link
 *     Trend.Direction#STABLE}, in [0, 2]
 */
public record ItemProfileConfig(Duration recentWindow, int minReadingsPerSide, double stableBand) {

  /** Validates the fields. */
  public ItemProfileConfig {
    Objects.requireNonNull(recentWindow, "recentWindow is required");
    if (recentWindow.isNegative() || recentWindow.isZero()) {
      throw new IllegalArgumentException("recentWindow must be positive but was " + recentWindow);
    }
    Arguments.requireAtLeast(minReadingsPerSide, 1, "minReadingsPerSide");
    Arguments.requireInRange(stableBand, 0, 2, "stableBand");
  }

  /** Recent means the last 30 days; 3 readings per side; stable band 0.1. */
  public static ItemProfileConfig defaults() {
    return new ItemProfileConfig(Duration.ofDays(30), 3, 0.1);
  }
}
