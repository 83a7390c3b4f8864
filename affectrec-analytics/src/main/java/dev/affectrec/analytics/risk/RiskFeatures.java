package dev.affectrec.analytics.risk;

import dev.affectrec.analytics.NegativeEmotions;
import dev.affectrec.analytics.ReadReview;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The features of a user's history of reviews (oldest first) for predicting their next review. The
 * full set reads the trajectory and behaviour; the baseline set is its ratings part alone.
 *
 * <p>Full: the ratings part, then the mean and last negative mass of the readings, the mean and
 * last valence, the last valence minus the mean (the turn), the share of negative readings, the
 * number of reviews (log), and the days since the last review (log).
 *
 * <p>Ratings part: mean rating, last rating, share of 1-2 star ratings (ratings missing from a
 * review are left out; 3, 3 and 0 when there is none).
 */
public final class RiskFeatures {
  /** Features in {@link #ratings}. */
  public static final int RATINGS = 3;

  /** Features in {@link #full}. */
  public static final int FULL = RATINGS + 8;

  private RiskFeatures() {}

  /** The ratings-only features of {@code history}, non-empty. */
  public static double[] ratings(List<ReadReview> history) {
    double sum = 0;
    int n = 0;
    int low = 0;
    double last = 3;
    for (ReadReview r : history) {
      if (r.rating() != null) {
        sum += r.rating();
        n++;
        low += r.rating() <= 2 ? 1 : 0;
        last = r.rating();
      }
    }
    return new double[] {n == 0 ? 3 : sum / n, last, n == 0 ? 0 : (double) low / n};
  }

  /** The full features of {@code history} (non-empty) for a next review at {@code at}. */
  public static double[] full(List<ReadReview> history, Instant at) {
    double[] out = new double[FULL];
    System.arraycopy(ratings(history), 0, out, 0, RATINGS);
    double negSum = 0;
    double valSum = 0;
    int negative = 0;
    for (ReadReview r : history) {
      negSum += NegativeEmotions.mass(r.reading());
      valSum += r.reading().valence();
      negative += r.negative() ? 1 : 0;
    }
    int n = history.size();
    ReadReview last = history.get(n - 1);
    out[RATINGS] = negSum / n;
    out[RATINGS + 1] = NegativeEmotions.mass(last.reading());
    out[RATINGS + 2] = valSum / n;
    out[RATINGS + 3] = last.reading().valence();
    out[RATINGS + 4] = last.reading().valence() - valSum / n;
    out[RATINGS + 5] = (double) negative / n;
    out[RATINGS + 6] = Math.log1p(n);
    double days = Math.max(0, Duration.between(last.time(), at).toHours() / 24.0);
    out[RATINGS + 7] = Math.log1p(days);
    return out;
  }
}
