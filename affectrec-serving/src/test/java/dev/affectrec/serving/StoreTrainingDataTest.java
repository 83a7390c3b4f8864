package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static dev.affectrec.serving.TwoClusterShop.reading;
import static dev.affectrec.serving.TwoClusterShop.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.EventType;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTrainingDataTest {
  @TempDir Path dir;
  EventStore store;

  @BeforeEach
  void open() {
    store = EventStores.open(StoreConfig.sqlite(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anEmptyStoreIsNotTrainable() {
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    assertThat(data.trainable()).isFalse();
    assertThat(data.events()).isZero();
    assertThat(data.newest()).isNull();
  }

  @Test
  void theEventsOfAUserWhoRefusedBehaviourConsentAreNotTrainedOn() {
    store.append(
        List.of(
            event("1", "refuser", "shared", EventType.PURCHASE, 0, null),
            event("2", "refuser", "only-theirs", EventType.PURCHASE, 1, null),
            review("3", "refuser", "shared", 2, "lovely"),
            event("4", "other", "shared", EventType.PURCHASE, 3, null)));
    store
        .access()
        .putConsent(
            new dev.affectrec.store.access.Consent(
                "refuser", Modality.BEHAVIOUR, false, java.time.Instant.EPOCH));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    InteractionMatrix m = data.matrix();
    assertThat(m.users().indexOf("refuser")).isNegative();
    assertThat(m.items().indexOf("only-theirs")).isNegative();
    assertThat(m.users().size()).isEqualTo(1);
    assertThat(data.withheld()).isEqualTo(3);
    assertThat(data.satisfaction()).doesNotContainKey(new UserItem("refuser", "shared"));
    // text consent, not behaviour consent, decides whether their review is read
    assertThat(data.unread()).extracting(e -> e.id()).containsExactly("3");

    store
        .access()
        .putConsent(
            new dev.affectrec.store.access.Consent(
                "refuser", Modality.BEHAVIOUR, true, java.time.Instant.EPOCH.plusSeconds(1)));
    StoreTrainingData granted = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    assertThat(granted.matrix().users().indexOf("refuser")).isNotNegative();
    assertThat(granted.withheld()).isZero();
  }

  @Test
  void weightsAreSummedPerUserAndItemAndAReturnCancelsAPurchase() {
    store.append(
        List.of(
            event("1", "u", "kept", EventType.VIEW, 0, null),
            event("2", "u", "kept", EventType.PURCHASE, 1, null),
            event("3", "u", "returned", EventType.PURCHASE, 2, null),
            event("4", "u", "returned", EventType.RETURN, 3, null),
            event("5", "u", "rated", EventType.RATE, 4, 4.0),
            event("6", "v", "kept", EventType.RECOMMENDATION_SHOWN, 5, null)));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    InteractionMatrix m = data.matrix();
    assertThat(data.events()).isEqualTo(6);
    assertThat(m.users().size()).isEqualTo(1);
    assertThat(m.items().indexOf("returned")).isNegative();
    int u = m.users().indexOf("u");
    assertThat(m.value(u, m.items().indexOf("kept"))).isEqualTo(3.5f);
    assertThat(m.value(u, m.items().indexOf("rated"))).isEqualTo(4f);
    assertThat(data.contexts().get(new UserItem("u", "kept")).device()).isEqualTo("mobile");
  }

  @Test
  void reviewReadingsAreKeyedByUserAndItemAndUnreadReviewsAreListed() {
    store.append(
        List.of(
            review("r1", "u", "x", 0, "awful, it broke"),
            review("r2", "u", "y", 1, "lovely"),
            event("p1", "u", "x", EventType.PURCHASE, 2, null)));
    store.putReadings(List.of(reading("u", Emotion.ANGER, -1, "r1")));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    assertThat(data.reviewReadings()).containsOnlyKeys(new UserItem("u", "x"));
    assertThat(data.unread()).extracting(e -> e.id()).containsExactly("r2");
    assertThat(
            data.readings()
                .of(new dev.affectrec.recommend.data.Interaction("u", "x", 1, 0))
                .orElseThrow()
                .emotions()
                .top())
        .isEqualTo(Emotion.ANGER);
  }

  @Test
  void eachSignalEstimatesSatisfactionAndDislikesAreDroppedFromTheServedTraining() {
    store.append(
        List.of(
            event("1", "u", "loved", EventType.PURCHASE, 0, null),
            event("2", "u", "loved", EventType.RATE, 1, 5.0),
            event("3", "u", "hated", EventType.PURCHASE, 2, null),
            event("4", "u", "hated", EventType.RATE, 3, 1.0),
            event("5", "u", "disliked", EventType.VIEW, 4, null),
            event("6", "u", "disliked", EventType.DISLIKE, 5, null),
            event("7", "u", "glanced", EventType.CLICK, 6, null),
            event("8", "u", "glanced", EventType.DWELL, 7, 2.0),
            event("9", "u", "liked", EventType.VIEW, 8, null),
            event("10", "u", "liked", EventType.LIKE, 9, null),
            event("11", "u", "skipped", EventType.CLICK, 10, null),
            event("12", "u", "skipped", EventType.SKIP, 11, null),
            event("13", "u", "bought", EventType.PURCHASE, 12, null),
            review("r1", "u", "reviewed", 13, "it broke on day one")));
    store.putReadings(List.of(reading("u", Emotion.ANGER, -1, "r1")));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    var s = data.satisfaction();
    assertThat(s.get(new UserItem("u", "loved")).isHappy()).isTrue();
    assertThat(s.get(new UserItem("u", "hated")).isUnhappy()).isTrue();
    assertThat(s.get(new UserItem("u", "liked")).isHappy()).isTrue();
    assertThat(s.get(new UserItem("u", "glanced")).value()).isNegative();
    assertThat(s.get(new UserItem("u", "skipped")).value()).isNegative();
    assertThat(s.get(new UserItem("u", "reviewed")).isUnhappy()).isTrue();
    // A purchase says what was chosen, not whether it pleased: no estimate.
    assertThat(s).doesNotContainKey(new UserItem("u", "bought"));
    // The dislike cancels the view in the summed weights; the 1-star rating stays a positive
    // interaction there, and the satisfaction weighting is what drops it.
    assertThat(data.matrix().items().indexOf("disliked")).isNegative();
    assertThat(data.matrix().items().indexOf("hated")).isNotNegative();
    var hated = new dev.affectrec.recommend.data.Interaction("u", "hated", 4, 180);
    assertThat(
            dev.affectrec.hybrid.feedback.SatisfactionWeighting.weight(
                4,
                data.satisfactionEstimates().of(hated).orElseThrow(),
                dev.affectrec.hybrid.feedback.SatisfactionWeightingConfig.SATISFACTION))
        .isZero();
  }

  @Test
  void aFaceReadingCountsForTheItemTheUserActedOnJustBeforeIt() {
    store.append(
        List.of(
            event("1", "u", "earlier", EventType.PURCHASE, 0, null),
            event("2", "u", "justBefore", EventType.PURCHASE, 30, null),
            event("3", "v", "other", EventType.PURCHASE, 31, null)));
    EmotionReading face =
        EmotionReading.derived(
            Modality.FACE,
            Subject.user("u"),
            TwoClusterShop.T0.plusSeconds(60L * 32),
            EmotionDistribution.pointMass(Emotion.ANGER),
            new PolarityScores(0.9, 0.1, 0),
            0.9,
            1,
            "face-test",
            null);
    store.putReadings(List.of(face));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    assertThat(data.satisfaction()).containsOnlyKeys(new UserItem("u", "justBefore"));
    assertThat(data.satisfaction().get(new UserItem("u", "justBefore")).value()).isNegative();
  }

  @Test
  void aBehaviourReadingCountsForTheItemsOfTheSessionItRead() {
    store.append(
        List.of(
            event("s1", "u", "viewed", EventType.VIEW, 0, null),
            event("s2", "u", "carted", EventType.ADD_TO_CART, 5, null),
            event("s3", "u", "later", EventType.VIEW, 120, null)));
    EmotionReading behaviour =
        new EmotionReading(
            Modality.BEHAVIOUR,
            Subject.user("u"),
            TwoClusterShop.T0.plusSeconds(60L * 5),
            EmotionDistribution.pointMass(Emotion.SADNESS),
            new PolarityScores(0.8, 0.2, 0),
            -0.6,
            0.3,
            0.6,
            1,
            "behaviour-test",
            "s2");
    store.putReadings(List.of(behaviour));
    StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
    double reliability =
        dev.affectrec.serving.behaviour.BehaviourModels.shipped().reliability().orElse(0);
    assertThat(reliability).isPositive();
    assertThat(data.satisfaction())
        .containsOnlyKeys(new UserItem("u", "viewed"), new UserItem("u", "carted"));
    var carted = data.satisfaction().get(new UserItem("u", "carted"));
    assertThat(carted.value()).isCloseTo(-0.8, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(carted.confidence())
        .isCloseTo(reliability, org.assertj.core.api.Assertions.within(1e-9));
  }
}
