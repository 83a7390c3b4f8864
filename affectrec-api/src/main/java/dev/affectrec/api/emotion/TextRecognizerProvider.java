package dev.affectrec.api.emotion;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Lends the text emotion recognizer to code that must not depend on its implementation (the hybrid
 * recommender reads review texts with it). The module with the text model registers one under
 * {@code META-INF/services}; {@link #discover()} finds it. Implementations must be thread-safe.
 */
public interface TextRecognizerProvider {

  /**
   * Loads the recognizer, applies {@code use} to it, frees it and returns what {@code use}
   * returned. The recognizer must not be used after {@code use} returns.
   *
   * @param threads inference calls the recognizer runs at once, at least 1
   * @param use never null
   * @throws IllegalStateException if the model cannot be loaded
   */
  <T> T withRecognizer(int threads, Function<? super EmotionRecognizer<String>, T> use);

  /** The first provider registered on the class path, empty when there is none. */
  static Optional<TextRecognizerProvider> discover() {
    return ServiceLoader.load(TextRecognizerProvider.class).findFirst();
  }
}
