package dev.affectrec.analytics.trend;

import dev.affectrec.api.emotion.Emotion;
import java.time.LocalDate;
import java.util.Map;

/**
 * One bucket of a trend.
 *
 * @param start the bucket's first day (UTC)
 * @param readings how many readings fell into the bucket; 0 for an empty bucket
 * @param mix mean emotion distribution of the readings, every emotion present (all 0 when empty)
 * @param valence mean valence in [-1, 1] (0 when empty)
 * @param negativeShare share of readings whose top emotion is negative, in [0, 1] (0 when empty)
 */
public record TrendPoint(
    LocalDate start, int readings, Map<Emotion, Double> mix, double valence, double negativeShare) {

  /** Copies the mix. */
  public TrendPoint {
    mix = Map.copyOf(mix);
  }
}
