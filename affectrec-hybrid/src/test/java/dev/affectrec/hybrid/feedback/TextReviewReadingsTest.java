package dev.affectrec.hybrid.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionRecognizer;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.ReviewKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReviewReadingsTest {

  /** A text recognizer that looks readings up in a table and records its batches. */
  private static final class TableRecognizer implements EmotionRecognizer<String> {
    private final Map<String, Emotion> table;
    private final List<Integer> batches = new ArrayList<>();
    private final Map<String, Integer> reads = new HashMap<>();

    TableRecognizer(Map<String, Emotion> table) {
      this.table = table;
    }

    @Override
    public Modality modality() {
      return Modality.TEXT;
    }

    @Override
    public EmotionReading recognize(String input, Subject subject, Instant time) {
      reads.merge(input, 1, Integer::sum);
      return Fixtures.reading("reviewer", table.getOrDefault(input, Emotion.NEUTRAL), time);
    }

    @Override
    public List<EmotionReading> recognizeAll(List<String> inputs, Subject subject, Instant time) {
      batches.add(inputs.size());
      return EmotionRecognizer.super.recognizeAll(inputs, subject, time);
    }
  }

  @Test
  void readsEachReviewOnceAndFindsItByInteraction() {
    Interaction angry = new Interaction("u1", "kettle", 1, 100);
    Interaction happy = new Interaction("u2", "kettle", 5, 200);
    String angryText = "Terrible, it broke after two days. I am furious!";
    String happyText = "这个水壶太棒了，非常喜欢！";
    TableRecognizer recognizer =
        new TableRecognizer(Map.of(angryText, Emotion.ANGER, happyText, Emotion.JOY));
    TextReviewReadings readings =
        TextReviewReadings.read(
            Map.of(ReviewKey.of(angry), angryText, ReviewKey.of(happy), happyText), recognizer);
    assertThat(readings.size()).isEqualTo(2);
    assertThat(recognizer.reads).containsOnly(Map.entry(angryText, 1), Map.entry(happyText, 1));
    assertThat(readings.of(angry))
        .get()
        .extracting(EmotionReading::valence)
        .satisfies(v -> assertThat(v).isNegative());
    assertThat(readings.of(happy))
        .get()
        .extracting(EmotionReading::valence)
        .satisfies(v -> assertThat(v).isPositive());
    assertThat(readings.of(new Interaction("u3", "kettle", 3, 300))).isEmpty();
  }

  @Test
  void readsInBatchesOfAtMostTheBatchSize() {
    Map<String, String> texts = new HashMap<>();
    int n = TextReviewReadings.BATCH * 2 + 3;
    for (int i = 0; i < n; i++) {
      texts.put(ReviewKey.of("u" + i, "item", i), "review " + i);
    }
    TableRecognizer recognizer = new TableRecognizer(Map.of());
    TextReviewReadings readings = TextReviewReadings.read(texts, recognizer);
    assertThat(readings.size()).isEqualTo(n);
    assertThat(recognizer.batches)
        .containsExactly(TextReviewReadings.BATCH, TextReviewReadings.BATCH, 3);
    assertThat(readings.of(new Interaction("u7", "item", 1, 7))).isPresent();
  }
}
