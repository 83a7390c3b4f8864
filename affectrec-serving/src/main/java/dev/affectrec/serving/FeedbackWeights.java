package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each kind of event says about a user's liking of an item, as implicit feedback. The
 * weights of a user's events on one item are summed; a sum at or below zero means no positive
 * interaction (a purchase that was returned, say). A {@code rate} event weighs its rating (or
 * {@link #ratingScale()} times it), and a {@code review} with a rating weighs that rating.
 * Immutable and thread-safe; serializable, so a Spark job weighs events on its executors with the
 * very same rule.
 *
 * @param byType weight per event type, finite; types absent weigh 0; copied
 * @param ratingScale multiplies explicit ratings, in (0, 10]
 */
public record FeedbackWeights(Map<EventType, Double> byType, double ratingScale)
    implements Serializable {

  /**
   * The defaults: view 0.5, click 1, dwell 1, add_to_cart 2, like 2, share 2, purchase 3, review 3
   * (or its rating), recommendation_clicked 1, rate = the rating; return -3, dislike -3,
   * remove_from_cart -1, skip -0.5; search and recommendation_shown 0.
   */
  public static final FeedbackWeights DEFAULTS = defaults();

  /** Validates and copies. */
  public FeedbackWeights {
    Objects.requireNonNull(byType, "byType is required");
    for (Map.Entry<EventType, Double> e : byType.entrySet()) {
      Objects.requireNonNull(e.getKey(), "byType has a null event type");
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException(
            "weight of " + e.getKey().wireName() + " must be finite but was " + e.getValue());
      }
    }
    if (!(ratingScale > 0 && ratingScale <= 10)) {
      throw new IllegalArgumentException("ratingScale must be in (0, 10] but was " + ratingScale);
    }
    byType = Map.copyOf(byType);
  }

  private static FeedbackWeights defaults() {
    Map<EventType, Double> w = new EnumMap<>(EventType.class);
    w.put(EventType.VIEW, 0.5);
    w.put(EventType.CLICK, 1.0);
    w.put(EventType.DWELL, 1.0);
    w.put(EventType.ADD_TO_CART, 2.0);
    w.put(EventType.LIKE, 2.0);
    w.put(EventType.SHARE, 2.0);
    w.put(EventType.PURCHASE, 3.0);
    w.put(EventType.REVIEW, 3.0);
    w.put(EventType.RECOMMENDATION_CLICKED, 1.0);
    w.put(EventType.RETURN, -3.0);
    w.put(EventType.DISLIKE, -3.0);
    w.put(EventType.REMOVE_FROM_CART, -1.0);
    w.put(EventType.SKIP, -0.5);
    return new FeedbackWeights(w, 1);
  }

  /**
   * The weight of {@code event}: its rating for rate events and rated reviews, else its type's
   * weight; 0 for events without an item.
   */
  public double weight(Event event) {
    return weight(event.type(), event.item(), event.value());
  }

  /**
   * The weight of an event given by its parts (for readers that do not build whole events, such as
   * a Spark job that never reads review texts): as {@link #weight(Event)}.
   *
   * @param type never null
   * @param item the event's item, or null
   * @param value the event's value, or null
   */
  public double weight(EventType type, String item, Double value) {
    if (item == null) {
      return 0;
    }
    if (type == EventType.RATE || (type == EventType.REVIEW && value != null)) {
      return value == null ? 0 : ratingScale * value;
    }
    return byType.getOrDefault(type, 0.0);
  }
}
