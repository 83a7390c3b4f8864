package dev.affectrec.hybrid.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.eval.data.ReviewTexts;
import dev.affectrec.recommend.data.Interaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReviewReadingsTest {

  @Test
  void readsEachReviewOnceAndFindsItByInteraction() {
    Interaction angry = new Interaction("u1", "kettle", 1, 100);
    Interaction happy = new Interaction("u2", "kettle", 5, 200);
    Map<String, String> texts =
        Map.of(
            ReviewTexts.key(angry), "Terrible, it broke after two days. I am furious!",
            ReviewTexts.key(happy), "这个水壶太棒了，非常喜欢！");
    TextReviewReadings readings;
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(1)) {
      readings = TextReviewReadings.read(texts, recognizer);
    }
    assertThat(readings.size()).isEqualTo(2);
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
}
