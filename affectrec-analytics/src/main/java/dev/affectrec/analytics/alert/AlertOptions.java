package dev.affectrec.analytics.alert;

import dev.affectrec.api.Arguments;

/**
 * How alerts are detected.
 *
 * @param windowDays the recent window: this many days ending with the newest event, at least 1
 * @param minRecent readings the window must hold for a scope to be tested, at least 1
 * @param minProbability posterior probability that the window's negative rate exceeds the history's
 *     rate, in (0.5, 1)
 * @param minIncrease the window's negative share must exceed the history's rate by at least this,
 *     in [0, 1]
 * @param priorReadings strength of the prior (in pseudo-readings at the platform's historical rate)
 *     for every scope's rates, so a scope with little history is compared with the platform, at
 *     least 0
 * @param examples example texts per alert, at least 0
 */
public record AlertOptions(
    int windowDays,
    int minRecent,
    double minProbability,
    double minIncrease,
    double priorReadings,
    int examples) {

  /** The defaults: 7 days, 5 readings, 0.99, +0.15, 10 pseudo-readings, 3 examples. */
  public static final AlertOptions DEFAULTS = new AlertOptions(7, 5, 0.99, 0.15, 10, 3);

  /** Validates the ranges. */
  public AlertOptions {
    Arguments.requireAtLeast(windowDays, 1, "windowDays");
    Arguments.requireAtLeast(minRecent, 1, "minRecent");
    if (!(minProbability > 0.5 && minProbability < 1)) {
      throw new IllegalArgumentException(
          "minProbability must be in (0.5, 1) but was " + minProbability);
    }
    Arguments.requireInRange(minIncrease, 0, 1, "minIncrease");
    Arguments.requireInRange(priorReadings, 0, 1e6, "priorReadings");
    Arguments.requireAtLeast(examples, 0, "examples");
  }
}
