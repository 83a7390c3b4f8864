package dev.affectrec.behaviour.features;

import static dev.affectrec.behaviour.Events.at;
import static dev.affectrec.behaviour.Events.search;
import static dev.affectrec.behaviour.Events.valued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Events;
import dev.affectrec.behaviour.Session;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureExtractorTest {
  private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());

  private static final Session SHOPPING =
      new Session(
          "s1",
          "u1",
          List.of(
              search(0, "red shoes"),
              search(10, "red shoe"),
              search(20, "blue hat"),
              at(30, EventType.CLICK, "i1"),
              at(31, EventType.CLICK, "i1"),
              at(34, EventType.CLICK, "i1"),
              valued(40, EventType.DWELL, "i1", 30),
              valued(50, EventType.DWELL, "i2", 90),
              at(60, EventType.ADD_TO_CART, "i1"),
              at(70, EventType.ADD_TO_CART, "i2"),
              at(80, EventType.PURCHASE, "i2"),
              valued(90, EventType.RATE, "i2", 5),
              at(100, EventType.SKIP, "i3"),
              at(110, EventType.LIKE, "i2"),
              at(120, EventType.RETURN, "i1")));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      value = {
        "EVENT_COUNT=15",
        "DURATION_SECONDS=120",
        "EVENTS_PER_MINUTE=7.5",
        "DWELL_MEAN=60",
        "DWELL_MAX=90",
        "DWELL_VARIANCE=900",
        "REPEATED_CLICKS=1",
        "CART_ADDS=2",
        "ABANDONED_CART_ITEMS=1",
        "PURCHASES=1",
        "RETURNS=1",
        "SKIPS=1",
        "SEARCHES=3",
        "SEARCH_REFORMULATIONS=1",
        "LIKES=1",
        "DISLIKES=0",
        "RATING_COUNT=1",
        "RATING_DEVIATION=1.5",
        "HOUR_OF_DAY=10",
        "DAY_OF_WEEK=1",
        "USER_PRIOR_MEAN_RATING=3.5",
        "USER_PRIOR_SESSIONS=2",
        "SESSION_MEAN_RATING=5",
        "LAST_RATING=5"
      })
  void handBuiltSessionHasTheExpectedValues(Feature feature, double expected) {
    SessionFeatures f = extractor.extract(SHOPPING, new UserHistory(2, 4, 3.5));
    assertThat(f.get(feature)).isEqualTo(expected);
  }

  @Test
  void handBuiltSessionHasTheMeanGapOfItsSpan() {
    SessionFeatures f = extractor.extract(SHOPPING, new UserHistory(2, 4, 3.5));
    assertThat(f.get(Feature.MEAN_GAP_SECONDS)).isCloseTo(120 / 14.0, within(1e-12));
  }

  @Test
  void unknownUserHasNoRatingDeviationAndTheDefaultMean() {
    SessionFeatures f = extractor.extract(SHOPPING, UserHistory.UNKNOWN);
    assertThat(f.get(Feature.RATING_DEVIATION)).isZero();
    assertThat(f.get(Feature.USER_PRIOR_MEAN_RATING)).isEqualTo(UserHistory.DEFAULT_MEAN_RATING);
    assertThat(f.get(Feature.USER_PRIOR_SESSIONS)).isZero();
  }

  @Test
  void singleEventSessionHasZeroDurationAndGaps() {
    SessionFeatures f =
        extractor.extract(
            new Session("s", "u1", List.of(at(0, EventType.VIEW, "i1"))), UserHistory.UNKNOWN);
    assertThat(f.get(Feature.DURATION_SECONDS)).isZero();
    assertThat(f.get(Feature.EVENTS_PER_MINUTE)).isEqualTo(1);
    assertThat(f.get(Feature.MEAN_GAP_SECONDS)).isZero();
    assertThat(f.get(Feature.DWELL_MEAN)).isZero();
  }

  @Test
  void modelVectorHoldsEveryFeatureAndOlderListsByName() {
    SessionFeatures f = extractor.extract(SHOPPING, new UserHistory(2, 4, 3.5));
    List<String> names = SessionFeatures.modelFeatureNames();
    assertThat(names).contains("rating_deviation", "user_prior_mean_rating", "last_rating");
    assertThat(f.modelValues()).hasSize(names.size()).hasSize(Feature.values().length);
    assertThat(f.valuesOf(List.of("last_rating", "event_count")))
        .containsExactly(5, f.get(Feature.EVENT_COUNT));
    assertThatThrownBy(() -> f.valuesOf(List.of("mood"))).hasMessageContaining("'mood'");
  }

  @Test
  void noBehaviourBeforeAnOutcomeLeavesTimeAndHistoryOnly() {
    SessionFeatures f = extractor.extract(List.of(), SHOPPING.start(), new UserHistory(2, 4, 3.5));
    assertThat(f.get(Feature.EVENT_COUNT)).isZero();
    assertThat(f.get(Feature.RATING_COUNT)).isZero();
    assertThat(f.get(Feature.SESSION_MEAN_RATING)).isEqualTo(3.5);
    assertThat(f.get(Feature.LAST_RATING)).isEqualTo(3.5);
    assertThat(f.get(Feature.HOUR_OF_DAY)).isEqualTo(10);
    assertThat(f.get(Feature.USER_PRIOR_SESSIONS)).isEqualTo(2);
  }

  @Test
  void historyTrackerSeesOnlyEarlierSessions() {
    UserHistoryTracker tracker = new UserHistoryTracker();
    Session first =
        new Session(
            "a",
            "u1",
            List.of(valued(0, EventType.RATE, "i1", 4), valued(5, EventType.RATE, "i2", 2)));
    assertThat(tracker.before(first)).isEqualTo(UserHistory.UNKNOWN);
    tracker.record(first);
    UserHistory after = tracker.before(SHOPPING);
    assertThat(after).isEqualTo(new UserHistory(1, 2, 3.0));
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> new FeatureConfig(Duration.ZERO, 0.5))
        .hasMessageContaining("burstGap");
    assertThatThrownBy(() -> new FeatureConfig(Duration.ofSeconds(1), 0))
        .hasMessageContaining("reformulationDistance");
    assertThatThrownBy(() -> new SessionFeatures(new double[3])).hasMessageContaining("expected");
    double[] nan = new double[Feature.values().length];
    nan[0] = Double.NaN;
    assertThatThrownBy(() -> new SessionFeatures(nan)).hasMessageContaining("event_count");
    assertThatThrownBy(() -> new UserHistory(-1, 0, 3)).hasMessageContaining("priorSessions");
    assertThatThrownBy(() -> extractor.extract(SHOPPING, null)).hasMessageContaining("history");
    assertThat(Events.T0).isNotNull();
  }

  @Test
  void editDistanceCountsEdits() {
    assertThat(EditDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.levenshtein("", "abc")).isEqualTo(3);
    assertThat(EditDistance.levenshtein("same", "same")).isZero();
  }
}
