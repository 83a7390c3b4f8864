package dev.affectrec.serving.reading;

import dev.affectrec.emotion.text.TextEmotionRecognizer;
import dev.affectrec.serving.ModelUnavailableException;

/**
 * The process-wide text recognizer, loaded once on first use (or by {@link #warmUp()} in the
 * background at start-up). The recognizer is thread-safe and expensive to load (two encoders), so
 * every server in the process shares it and it lives as long as the process. When it cannot load,
 * {@link #get()} throws a {@link ModelUnavailableException} naming the reason (the server answers
 * 503 and every other route still works). Thread-safe.
 */
public final class TextModelHolder {
  private static final TextModelHolder SHARED = new TextModelHolder();

  private volatile TextEmotionRecognizer recognizer;
  private volatile RuntimeException failure;

  private TextModelHolder() {}

  /** The holder shared by every server in this process. */
  public static TextModelHolder shared() {
    return SHARED;
  }

  /** Starts loading on a daemon thread and returns at once. */
  public void warmUp() {
    Thread loader = new Thread(this::tryGet, "affectrec-text-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * The recognizer.
   *
   * @throws ModelUnavailableException when it cannot be loaded
   */
  public TextEmotionRecognizer get() {
    TextEmotionRecognizer current = tryGet();
    if (current == null) {
      throw new ModelUnavailableException(
          "the text emotion models could not be loaded: " + failure.getMessage());
    }
    return current;
  }

  private TextEmotionRecognizer tryGet() {
    TextEmotionRecognizer current = recognizer;
    if (current != null || failure != null) {
      return current;
    }
    synchronized (this) {
      if (recognizer == null && failure == null) {
        try {
          recognizer = TextEmotionRecognizer.loadDefault(1);
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      return recognizer;
    }
  }
}
