package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionRecognizer;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.ReviewKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Review readings from the text emotion model: every review text is read once, up front, in
 * batches, and looked up by interaction afterwards. Immutable and thread-safe once built.
 */
public final class TextReviewReadings implements ReviewReadings {
  /** Texts per call of the recognizer. */
  static final int BATCH = 256;

  private final Map<String, EmotionReading> readings;

  private TextReviewReadings(Map<String, EmotionReading> readings) {
    this.readings = readings;
  }

  /**
   * Reads every text of {@code reviewTexts} (keyed by {@link ReviewKey}) with {@code recognizer}'s
   * batched {@link EmotionRecognizer#recognizeAll}, at most {@value #BATCH} texts per call.
   */
  public static TextReviewReadings read(
      Map<String, String> reviewTexts, EmotionRecognizer<String> recognizer) {
    List<String> keys = new ArrayList<>(reviewTexts.keySet());
    Map<String, EmotionReading> out = new HashMap<>();
    for (int from = 0; from < keys.size(); from += BATCH) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
      List<EmotionReading> results =
          recognizer.recognizeAll(
              batch.stream().map(reviewTexts::get).toList(),
              Subject.session("reviews"),
              Instant.EPOCH);
      for (int i = 0; i < batch.size(); i++) {
        out.put(batch.get(i), results.get(i));
      }
    }
    return new TextReviewReadings(Map.copyOf(out));
  }

  /** Number of reviews read. */
  public int size() {
    return readings.size();
  }

  @Override
  public Optional<EmotionReading> of(Interaction interaction) {
    return Optional.ofNullable(readings.get(ReviewKey.of(interaction)));
  }
}
