package dev.affectrec.behaviour.model;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.features.FeatureExtractor;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The target the behaviour model learns: whether a session ends in a satisfied or an unsatisfied
 * outcome, and the behaviour before that outcome, which is all the model may see.
 *
 * <p>The outcome is the session's last event when it is one of:
 *
 * <ul>
 *   <li>a rating (a rate event, or a review with a star value): 4 or more stars is satisfied, 2 or
 *       fewer unsatisfied, and 3 stars (or anything strictly between 2 and 4) has no label: the
 *       session is dropped, not called neutral;
 *   <li>a return or a dislike: unsatisfied.
 * </ul>
 *
 * Otherwise, a session in which an item was added to the cart and not bought ends in cart
 * abandonment, unsatisfied; its outcome event is the last add-to-cart of an abandoned item, so the
 * cart is not part of the behaviour. Any other session has no outcome. The behaviour is every event
 * of the session before the outcome event (possibly none). Satisfied is {@link Polarity#POSITIVE},
 * unsatisfied {@link Polarity#NEGATIVE}. Immutable.
 *
 * @param behaviour the events before the outcome, in time order; never null, may be empty
 * @param outcome the event that decided the label, never null
 * @param label {@link Polarity#POSITIVE} or {@link Polarity#NEGATIVE}
 */
public record SessionOutcome(List<Event> behaviour, Event outcome, Polarity label) {
  /** Name of this target, recorded in model provenance. */
  public static final String TARGET = "session-outcome";

  /** Validates and copies. */
  public SessionOutcome {
    behaviour = List.copyOf(Objects.requireNonNull(behaviour, "behaviour is required"));
    Objects.requireNonNull(outcome, "outcome is required");
    Objects.requireNonNull(label, "label is required");
    if (label == Polarity.NEUTRAL) {
      throw new IllegalArgumentException("an outcome is satisfied or unsatisfied, not neutral");
    }
  }

  /** The outcome of {@code session}, or empty when it has none (see the class comment). */
  public static Optional<SessionOutcome> of(Session session) {
    Objects.requireNonNull(session, "session is required");
    List<Event> events = session.events();
    int last = events.size() - 1;
    Event end = events.get(last);
    if (FeatureExtractor.isRating(end)) {
      double stars = end.value();
      if (stars >= 4) {
        return Optional.of(new SessionOutcome(events.subList(0, last), end, Polarity.POSITIVE));
      }
      return stars <= 2
          ? Optional.of(new SessionOutcome(events.subList(0, last), end, Polarity.NEGATIVE))
          : Optional.empty();
    }
    if (end.type() == EventType.RETURN || end.type() == EventType.DISLIKE) {
      return Optional.of(new SessionOutcome(events.subList(0, last), end, Polarity.NEGATIVE));
    }
    int abandoned = lastAbandonedCartAdd(events);
    return abandoned < 0
        ? Optional.empty()
        : Optional.of(
            new SessionOutcome(
                events.subList(0, abandoned), events.get(abandoned), Polarity.NEGATIVE));
  }

  /**
   * The behaviour to read for {@code session}: the events before its outcome when it has one, else
   * all its events. A closed session is read like this at run time, as the model was trained.
   */
  public static List<Event> behaviourOf(Session session) {
    return of(session).map(SessionOutcome::behaviour).orElse(session.events());
  }

  private static int lastAbandonedCartAdd(List<Event> events) {
    Set<String> purchased = new HashSet<>();
    for (Event e : events) {
      if (e.type() == EventType.PURCHASE && e.item() != null) {
        purchased.add(e.item());
      }
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.type() == EventType.ADD_TO_CART && e.item() != null && !purchased.contains(e.item())) {
        return i;
      }
    }
    return -1;
  }
}
