package dev.affectrec.analytics.alert;

/**
 * Readings and how many of them were negative.
 *
 * @param readings at least 0
 * @param negative in [0, readings]
 */
public record NegativeCounts(int readings, int negative) {

  /** Validates the counts. */
  public NegativeCounts {
    if (readings < 0 || negative < 0 || negative > readings) {
      throw new IllegalArgumentException(
          "need 0 <= negative <= readings but got " + negative + " of " + readings);
    }
  }

  /** The negative share, 0 when there is no reading. */
  public double share() {
    return readings == 0 ? 0 : (double) negative / readings;
  }

  /** These counts plus one reading. */
  public NegativeCounts plus(boolean isNegative) {
    return new NegativeCounts(readings + 1, negative + (isNegative ? 1 : 0));
  }
}
