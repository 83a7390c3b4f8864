package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.emotion.TextRecognizerProvider;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The api finds the shipped model through ServiceLoader and reads reviews with it. */
class ShippedTextRecognizerProviderTest {

  @Test
  void isDiscoveredAndLendsTheShippedRecognizer() {
    TextRecognizerProvider provider = TextRecognizerProvider.discover().orElseThrow();
    assertThat(provider).isInstanceOf(ShippedTextRecognizerProvider.class);
    List<EmotionReading> readings =
        provider.withRecognizer(
            1,
            recognizer ->
                recognizer.recognizeAll(
                    List.of("Terrible, it broke after two days. I am furious!", "这个水壶太棒了，非常喜欢！"),
                    Subject.session("reviews"),
                    Instant.EPOCH));
    assertThat(readings.get(0).valence()).isNegative();
    assertThat(readings.get(1).valence()).isPositive();
  }
}
