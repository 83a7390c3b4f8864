package dev.affectrec.api.emotion;

import java.time.Instant;

/**
 * Reads emotion from one kind of input (text, an image, a session of events).
 *
 * <p>Implementations document their own thread safety; those used by the server must be safe for
 * concurrent use.
 *
 * @param <I> the input type
 */
public interface EmotionRecognizer<I> {

  /** The modality of every reading this recognizer produces. */
  Modality modality();

  /**
   * Reads one input.
   *
   * @param input never null
   * @param subject whom the reading is about, never null
   * @param time when the input was produced, never null
   * @return a reading, never null; an input without emotional content gives a low-confidence
   *     reading rather than an exception
   * @throws IllegalArgumentException if the input cannot be read at all (for example an image that
   *     does not decode)
   */
  EmotionReading recognize(I input, Subject subject, Instant time);
}
