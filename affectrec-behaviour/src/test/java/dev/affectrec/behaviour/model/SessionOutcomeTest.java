package dev.affectrec.behaviour.model;

import static dev.affectrec.behaviour.Events.at;
import static dev.affectrec.behaviour.Events.valued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome target on hand-built sessions. */
class SessionOutcomeTest {
  private static Session session(Event... events) {
    return new Session("s", "u1", List.of(events));
  }

  @Test
  void aHighRatingAtTheEndIsSatisfiedAndHiddenFromTheBehaviour() {
    Event view = at(0, EventType.VIEW, "i1");
    Event low = valued(10, EventType.RATE, "i2", 1);
    Event high = valued(20, EventType.REVIEW, "i1", 5);
    SessionOutcome outcome = SessionOutcome.of(session(view, low, high)).orElseThrow();
    assertThat(outcome.label()).isEqualTo(Polarity.POSITIVE);
    assertThat(outcome.outcome()).isEqualTo(high);
    assertThat(outcome.behaviour()).containsExactly(view, low);
  }

  @Test
  void lowRatingsReturnsAndDislikesAreUnsatisfiedAndThreeStarsHasNoLabel() {
    assertThat(SessionOutcome.of(session(valued(0, EventType.RATE, "i1", 2))).orElseThrow().label())
        .isEqualTo(Polarity.NEGATIVE);
    assertThat(SessionOutcome.of(session(valued(0, EventType.RATE, "i1", 3)))).isEmpty();
    Event purchase = at(0, EventType.PURCHASE, "i1");
    SessionOutcome returned =
        SessionOutcome.of(session(purchase, at(60, EventType.RETURN, "i1"))).orElseThrow();
    assertThat(returned.label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(returned.behaviour()).containsExactly(purchase);
    assertThat(SessionOutcome.of(session(at(0, EventType.DISLIKE, "i1"))).orElseThrow().label())
        .isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void anAbandonedCartIsUnsatisfiedFromTheBehaviourBeforeTheCart() {
    Event view = at(0, EventType.VIEW, "i1");
    Event cart = at(10, EventType.ADD_TO_CART, "i1");
    Event bought = at(20, EventType.ADD_TO_CART, "i2");
    Event purchase = at(30, EventType.PURCHASE, "i2");
    Event browse = at(40, EventType.VIEW, "i3");
    SessionOutcome outcome =
        SessionOutcome.of(session(view, cart, bought, purchase, browse)).orElseThrow();
    assertThat(outcome.label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(outcome.outcome()).isEqualTo(cart);
    assertThat(outcome.behaviour()).containsExactly(view);
  }

  @Test
  void aSessionWithoutOutcomeIsReadWhole() {
    Session browsing =
        session(
            at(0, EventType.VIEW, "i1"),
            at(5, EventType.ADD_TO_CART, "i1"),
            at(9, EventType.PURCHASE, "i1"));
    assertThat(SessionOutcome.of(browsing)).isEmpty();
    assertThat(SessionOutcome.behaviourOf(browsing)).isEqualTo(browsing.events());
  }
}
