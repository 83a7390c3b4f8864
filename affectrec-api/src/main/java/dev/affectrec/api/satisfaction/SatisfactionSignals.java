package dev.affectrec.api.satisfaction;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.event.EventType;
import java.util.Objects;
import java.util.Optional;

/**
 * What each affect signal says about a user's satisfaction with an item. Stateless; these are the
 * only mappings from signals to {@link Satisfaction}, so training, serving and evaluation agree.
 *
 * <p>Events: {@code dislike} (-1, confidence 1), {@code return} (-1, 0.9), {@code remove_from_cart}
 * (-0.3, 0.3), {@code skip} (-0.5, 0.3), a {@code dwell} shorter than {@link #SHORT_DWELL_SECONDS}
 * (-0.3, 0.3), {@code like} (0.8, 0.8), {@code share} (0.5, 0.5); a {@code rate} and a rated {@code
 * review} state their rating on the {@link RatingScale}. Views, clicks, carts and purchases say
 * what a user chose, not whether it pleased them: no estimate.
 *
 * <p>Readings (review text, behaviour, face): the value is {@code positive - negative} of the
 * reading's polarity, the confidence the reading's confidence times the modality's reliability.
 */
public final class SatisfactionSignals {
  /** A dwell shorter than this many seconds reads as mild disappointment. */
  public static final double SHORT_DWELL_SECONDS = 10;

  private SatisfactionSignals() {}

  /**
   * What an event says.
   *
   * @param type never null
   * @param value the event's value (rating, dwell seconds), or null
   * @param scale the rating scale of {@code rate} and rated {@code review} events, never null
   * @return empty for events that say nothing about satisfaction
   */
  public static Optional<Satisfaction> ofEvent(EventType type, Double value, RatingScale scale) {
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(scale, "scale is required");
    return switch (type) {
      case RATE, REVIEW ->
          value == null || !Double.isFinite(value)
              ? Optional.empty()
              : Optional.of(scale.satisfaction(value));
      case DISLIKE -> Optional.of(new Satisfaction(-1, 1));
      case RETURN -> Optional.of(new Satisfaction(-1, 0.9));
      case REMOVE_FROM_CART -> Optional.of(new Satisfaction(-0.3, 0.3));
      case SKIP -> Optional.of(new Satisfaction(-0.5, 0.3));
      case DWELL ->
          value != null && value < SHORT_DWELL_SECONDS
              ? Optional.of(new Satisfaction(-0.3, 0.3))
              : Optional.empty();
      case LIKE -> Optional.of(new Satisfaction(0.8, 0.8));
      case SHARE -> Optional.of(new Satisfaction(0.5, 0.5));
      default -> Optional.empty();
    };
  }

  /**
   * What an emotion reading of the user about the item says.
   *
   * @param reading never null
   * @param reliability how far readings of this modality are trusted, in [0, 1]
   */
  public static Satisfaction ofReading(EmotionReading reading, double reliability) {
    Objects.requireNonNull(reading, "reading is required");
    if (!(reliability >= 0 && reliability <= 1)) {
      throw new IllegalArgumentException("reliability must be in [0, 1] but was " + reliability);
    }
    double value = reading.polarity().positive() - reading.polarity().negative();
    return new Satisfaction(
        Satisfaction.clamp(value), Satisfaction.clamp01(reading.confidence() * reliability));
  }
}
