package dev.affectrec.analytics.alert;

import dev.affectrec.api.emotion.Emotion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Why an alert was raised.
 *
 * @param windowFrom start of the recent window (inclusive)
 * @param windowTo end of the recent window: the newest event (inclusive)
 * @param before readings before the window
 * @param after readings in the window
 * @param historyRate posterior mean negative rate before the window
 * @param probability posterior probability that the window's rate is higher
 * @param emotionsAfter top emotions of the window's readings, every emotion present
 * @param examples the most negative reviews of the window, most negative first
 */
public record AlertEvidence(
    Instant windowFrom,
    Instant windowTo,
    NegativeCounts before,
    NegativeCounts after,
    double historyRate,
    double probability,
    Map<Emotion, Integer> emotionsAfter,
    List<AlertExample> examples) {

  /** Copies the collections. */
  public AlertEvidence {
    emotionsAfter = Map.copyOf(emotionsAfter);
    examples = List.copyOf(examples);
  }
}
