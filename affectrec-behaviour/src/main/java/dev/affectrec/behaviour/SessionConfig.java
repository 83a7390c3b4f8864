package dev.affectrec.behaviour;

import java.time.Duration;
import java.util.Objects;

/**
 * How events are cut into sessions.
 *
 * @param inactivityGap events of one user without a client session id further apart than this start
 *     a new session; positive. The default of 30 minutes is well above every within-session gap in
 *     the DIGINETICA click sample (99th percentile 734 s, maximum 1178 s; see docs/EVALUATION.md).
 */
public record SessionConfig(Duration inactivityGap) {

  /** Validates the gap. */
  public SessionConfig {
    Objects.requireNonNull(inactivityGap, "inactivityGap is required");
    if (inactivityGap.isNegative() || inactivityGap.isZero()) {
      throw new IllegalArgumentException("inactivityGap must be positive but was " + inactivityGap);
    }
  }

  /** A 30-minute inactivity gap. */
  public static SessionConfig defaults() {
    return new SessionConfig(Duration.ofMinutes(30));
  }
}
