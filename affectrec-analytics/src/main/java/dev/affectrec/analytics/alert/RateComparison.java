package dev.affectrec.analytics.alert;

/**
 * A Bayesian comparison of two negative rates. Each rate gets a Beta posterior from the same prior
 * (a Beta with mean {@code priorRate} and strength {@code priorReadings} pseudo-readings) and its
 * counts; the probability that the recent rate exceeds the historical one is computed with the
 * normal approximation of the difference of the two Betas (accurate enough at the minimum counts
 * alerts require, and deterministic).
 *
 * @param historyRate posterior mean of the historical rate
 * @param recentRate posterior mean of the recent rate
 * @param probability posterior probability that the recent rate is the higher one
 */
public record RateComparison(double historyRate, double recentRate, double probability) {

  /** Compares {@code recent} with {@code history}. */
  public static RateComparison of(
      NegativeCounts history, NegativeCounts recent, double priorRate, double priorReadings) {
    double a0 = Math.max(1e-3, priorRate * priorReadings);
    double b0 = Math.max(1e-3, (1 - priorRate) * priorReadings);
    double ah = a0 + history.negative();
    double bh = b0 + history.readings() - history.negative();
    double ar = a0 + recent.negative();
    double br = b0 + recent.readings() - recent.negative();
    double mh = ah / (ah + bh);
    double mr = ar / (ar + br);
    double variance = betaVariance(ah, bh) + betaVariance(ar, br);
    double z = (mr - mh) / Math.sqrt(variance);
    return new RateComparison(mh, mr, normalCdf(z));
  }

  private static double betaVariance(double a, double b) {
    double n = a + b;
    return a * b / (n * n * (n + 1));
  }

  /** The standard normal CDF (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7). */
  static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * x);
    double poly =
        t
            * (0.254829592
                + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    double erf = 1 - poly * Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
  }
}
