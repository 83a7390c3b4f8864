package dev.affectrec.recommend.popular;

/**
 * Configuration of {@link PopularTrainer}.
 *
 * @param halfLifeDays the age in days at which an interaction counts half; 0 disables decay (every
 *     interaction counts 1). Age is measured from the latest interaction in the data.
 */
public record PopularConfig(double halfLifeDays) {

  /** No time decay. */
  public static final PopularConfig DEFAULTS = new PopularConfig(0);

  /** Validates the half-life. */
  public PopularConfig {
    if (!(halfLifeDays >= 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "halfLifeDays must be a finite number >= 0 but was " + halfLifeDays);
    }
  }
}
