package dev.affectrec.emotion.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.emotion.text.encoder.EncoderSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readings made "now" take the time of the clock the recognizer was loaded with. */
class TextEmotionRecognizerClockTest {
  @Test
  void readingsMadeNowCarryTheInjectedClocksTime() {
    Instant now = Instant.parse("2026-05-06T07:08:09Z");
    try (TextEmotionRecognizer recognizer =
        TextEmotionRecognizer.load(
            HeadBundles.shipped("en"),
            HeadBundles.shipped("zh"),
            1,
            EncoderSpec.BGE_SMALL_EN.windowTokens(),
            Clock.fixed(now, ZoneOffset.UTC))) {
      assertThat(recognizer.read("What a lovely day.").reading().time()).isEqualTo(now);
      assertThat(recognizer.readAll(List.of("", "很好")))
          .allSatisfy(r -> assertThat(r.reading().time()).isEqualTo(now));
    }
  }
}
