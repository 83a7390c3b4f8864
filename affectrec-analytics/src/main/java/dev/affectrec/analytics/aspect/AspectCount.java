package dev.affectrec.analytics.aspect;

/**
 * How often one aspect is mentioned in an item's reviews.
 *
 * @param aspect the aspect's name
 * @param count reviews mentioning it, at least 1
 * @param negative of those, the reviews whose reading is negative
 */
public record AspectCount(String aspect, int count, int negative) {

  /** Share of the mentioning reviews that are negative. */
  public double negativeShare() {
    return (double) negative / count;
  }
}
