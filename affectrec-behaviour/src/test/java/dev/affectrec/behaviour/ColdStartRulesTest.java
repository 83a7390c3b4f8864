package dev.affectrec.behaviour;

import static dev.affectrec.behaviour.Events.at;
import static dev.affectrec.behaviour.Events.valued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Polarity;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.features.UserHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartRulesTest {
  private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());

  private RuleVerdict verdict(UserHistory history, Event... events) {
    return ColdStartRules.apply(
        extractor.extract(new Session("s", "u1", List.of(events)), history));
  }

  private RuleVerdict verdict(Event... events) {
    return verdict(UserHistory.UNKNOWN, events);
  }

  @Test
  void returnAfterPurchaseIsNegative() {
    RuleVerdict v = verdict(at(0, EventType.PURCHASE, "i1"), at(60, EventType.RETURN, "i1"));
    assertThat(v.rule()).isEqualTo("return");
    assertThat(v.polarity().label()).isEqualTo(Polarity.NEGATIVE);
    assertThat(v.confidence()).isEqualTo(0.35);
  }

  @Test
  void rapidRepeatedClicksWithAbandonedCartIsAnger() {
    RuleVerdict v =
        verdict(
            at(0, EventType.CLICK, "i1"),
            at(1, EventType.CLICK, "i1"),
            at(2, EventType.CLICK, "i1"),
            at(3, EventType.ADD_TO_CART, "i1"));
    assertThat(v.rule()).isEqualTo("frustration");
    assertThat(v.emotions().top()).isEqualTo(Emotion.ANGER);
  }

  @Test
  void longDwellAndPurchaseIsJoy() {
    RuleVerdict v =
        verdict(valued(0, EventType.DWELL, "i1", 150), at(160, EventType.PURCHASE, "i1"));
    assertThat(v.rule()).isEqualTo("engaged-purchase");
    assertThat(v.emotions().top()).isEqualTo(Emotion.JOY);
    assertThat(v.polarity().label()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void ratingsFarFromTheUsersOwnMeanDecide() {
    UserHistory generous = new UserHistory(3, 10, 4.5);
    assertThat(verdict(generous, valued(0, EventType.RATE, "i1", 2)).rule())
        .isEqualTo("low-rating");
    UserHistory harsh = new UserHistory(3, 10, 2.0);
    assertThat(verdict(harsh, valued(0, EventType.RATE, "i1", 4)).rule()).isEqualTo("high-rating");
    // an unknown user has no mean to deviate from
    assertThat(verdict(valued(0, EventType.RATE, "i1", 1)).rule()).isEqualTo("none");
  }

  @Test
  void failedSearchesAndSkipsAreWeakSignals() {
    RuleVerdict search =
        verdict(
            Events.search(0, "red shoes"),
            Events.search(10, "red shoe"),
            Events.search(20, "red shoos"),
            Events.search(30, "rd shoos"));
    assertThat(search.rule()).isEqualTo("failed-search");
    assertThat(search.confidence()).isEqualTo(0.20);
    RuleVerdict skips =
        verdict(at(0, EventType.SKIP, "a"), at(5, EventType.SKIP, "b"), at(9, EventType.SKIP, "c"));
    assertThat(skips.rule()).isEqualTo("skipping");
    assertThat(skips.confidence()).isEqualTo(0.15);
  }

  @Test
  void quietSessionIsNeutralWithVeryLowConfidence() {
    RuleVerdict v = verdict(at(0, EventType.VIEW, "i1"));
    assertThat(v.rule()).isEqualTo("none");
    assertThat(v.polarity().label()).isEqualTo(Polarity.NEUTRAL);
    assertThat(v.confidence()).isEqualTo(0.05);
  }
}
