package dev.affectrec.emotion.text;

import dev.affectrec.api.emotion.EmotionRecognizer;
import dev.affectrec.api.emotion.TextRecognizerProvider;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lends {@link TextEmotionRecognizer#loadDefault(int) the shipped text recognizer} through the
 * api's {@link TextRecognizerProvider} (registered in {@code META-INF/services}), loading it per
 * call and closing it afterwards. Stateless and thread-safe.
 */
public final class ShippedTextRecognizerProvider implements TextRecognizerProvider {

  @Override
  public <T> T withRecognizer(int threads, Function<? super EmotionRecognizer<String>, T> use) {
    Objects.requireNonNull(use, "use");
    try (TextEmotionRecognizer recognizer = TextEmotionRecognizer.loadDefault(threads)) {
      return use.apply(recognizer);
    }
  }
}
