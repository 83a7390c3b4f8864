package dev.affectrec.analytics.risk;

import dev.affectrec.analytics.NegativeEmotions;
import dev.affectrec.analytics.ReadReview;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of a user's history of reviews (oldest first) for predicting their next review. The
 * baseline set reads the ratings alone; the full set adds the reading trajectory and behaviour.
 *
 * <p>Ratings ({@value #RATINGS}): mean rating, last rating, share of 1-2 star ratings, lowest
 * rating, and the rating slope (least squares over the review order, 0 with one rating). Reviews
 * without a rating are left out; with none the values are 3, 3, 0, 3 and 0.
 *
 * <p>Full ({@value #FULL}): the ratings, then the reading trajectory: mean and last negative mass,
 * mean, last and lowest valence, the valence slope over the review order, the last valence minus
 * the mean (the turn), the share of negative readings and the negative share of the last three;
 * then behaviour: the number of reviews, the days since the last review, the mean days between
 * reviews and the length of the last text (each log1p).
 */
public final class RiskFeatures {
  /** Features in {@link #ratings}. */
  public static final int RATINGS = 5;

  /** Features in {@link #full}. */
  public static final int FULL = RATINGS + 9 + 4;

  private static final int RECENT = 3;

  private RiskFeatures() {}

  /** The ratings-only features of {@code history}, non-empty. */
  public static double[] ratings(List<ReadReview> history) {
    List<Double> ratings = new ArrayList<>();
    for (ReadReview r : history) {
      if (r.rating() != null) {
        ratings.add(r.rating());
      }
    }
    if (ratings.isEmpty()) {
      return new double[] {3, 3, 0, 3, 0};
    }
    double sum = 0;
    int low = 0;
    double min = Double.MAX_VALUE;
    double[] values = new double[ratings.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ratings.get(i);
      sum += values[i];
      low += values[i] <= 2 ? 1 : 0;
      min = Math.min(min, values[i]);
    }
    return new double[] {
      sum / values.length,
      values[values.length - 1],
      (double) low / values.length,
      min,
      slope(values)
    };
  }

  /** The full features of {@code history} (non-empty) for a next review at {@code at}. */
  public static double[] full(List<ReadReview> history, Instant at) {
    double[] out = new double[FULL];
    System.arraycopy(ratings(history), 0, out, 0, RATINGS);
    int n = history.size();
    double[] valence = new double[n];
    double negSum = 0;
    double valSum = 0;
    double minValence = Double.MAX_VALUE;
    int negative = 0;
    int recentNegative = 0;
    for (int i = 0; i < n; i++) {
      ReadReview r = history.get(i);
      valence[i] = r.reading().valence();
      negSum += NegativeEmotions.mass(r.reading());
      valSum += valence[i];
      minValence = Math.min(minValence, valence[i]);
      negative += r.negative() ? 1 : 0;
      recentNegative += r.negative() && i >= n - RECENT ? 1 : 0;
    }
    ReadReview last = history.get(n - 1);
    int k = RATINGS;
    out[k++] = negSum / n;
    out[k++] = NegativeEmotions.mass(last.reading());
    out[k++] = valSum / n;
    out[k++] = valence[n - 1];
    out[k++] = minValence;
    out[k++] = slope(valence);
    out[k++] = valence[n - 1] - valSum / n;
    out[k++] = (double) negative / n;
    out[k++] = (double) recentNegative / Math.min(n, RECENT);
    out[k++] = Math.log1p(n);
    out[k++] = Math.log1p(days(last.time(), at));
    out[k++] = Math.log1p(n == 1 ? 0 : days(history.get(0).time(), last.time()) / (n - 1));
    out[k] = Math.log1p(last.text().length());
    return out;
  }

  private static double days(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toHours() / 24.0);
  }

  /** The least-squares slope of {@code y} over 0, 1, 2, ...; 0 for fewer than two values. */
  static double slope(double[] y) {
    int n = y.length;
    if (n < 2) {
      return 0;
    }
    double meanX = (n - 1) / 2.0;
    double meanY = 0;
    for (double v : y) {
      meanY += v / n;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      num += (i - meanX) * (y[i] - meanY);
      den += (i - meanX) * (i - meanX);
    }
    return num / den;
  }
}
