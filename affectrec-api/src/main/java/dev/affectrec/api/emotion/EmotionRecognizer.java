package dev.affectrec.api.emotion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * Reads every input about one subject at one time; reading {@code i} belongs to input {@code i}.
   * The default reads the inputs one by one with {@link #recognize}; recognizers with a faster
   * batched path override it and must return the same readings.
   *
   * @param inputs never null, no null elements
   * @param subject whom the readings are about, never null
   * @param time when the inputs were produced, never null
   * @return one reading per input, in order, never null
   * @throws IllegalArgumentException if an input cannot be read at all
   */
  default List<EmotionReading> recognizeAll(List<I> inputs, Subject subject, Instant time) {
    List<EmotionReading> readings = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      readings.add(recognize(input, subject, time));
    }
    return readings;
  }
}
