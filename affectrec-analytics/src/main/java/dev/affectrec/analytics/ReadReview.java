package dev.affectrec.analytics;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import java.time.Instant;
import java.util.Objects;

/**
 * One review event with its stored text reading.
 *
 * @param eventId non-blank
 * @param user non-blank
 * @param item non-blank
 * @param time never null
 * @param rating the review's rating, or null when it has none
 * @param text never null
 * @param reading the text reading computed from the event, never null
 */
public record ReadReview(
    String eventId,
    String user,
    String item,
    Instant time,
    Double rating,
    String text,
    EmotionReading reading) {

  /** Validates the fields. */
  public ReadReview {
    Arguments.requireNonBlank(eventId, "eventId");
    Arguments.requireNonBlank(user, "user");
    Arguments.requireNonBlank(item, "item");
    Objects.requireNonNull(time, "time is required");
    Objects.requireNonNull(text, "text is required");
    Objects.requireNonNull(reading, "reading is required");
  }

  /** Whether the reading's most probable emotion is a negative one ({@link NegativeEmotions}). */
  public boolean negative() {
    return NegativeEmotions.isNegative(reading.top());
  }
}
