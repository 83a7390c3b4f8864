package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.event.User;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecommendationServiceTest extends ServiceOnStoreTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-02T12:00:00Z"), ZoneOffset.UTC);
  static final ServingOptions OPTIONS = ServingOptions.DEFAULTS.withRetrainInterval(Duration.ZERO);

  /** An item of cluster A with a description, and a newcomer's search that matches it. */
  static final Item SCARF =
      new Item(
          "A1", "Red wool scarf", "A warm scarf for winter", List.of("winter"), Map.of(), null);

  static final Event SCARF_SEARCH =
      new Event(
          "q1",
          "newcomer",
          null,
          EventType.SEARCH,
          TwoClusterShop.T0,
          null,
          "warm wool scarf for the winter",
          EventContext.EMPTY);

  /** An item added after training that matches {@link #SCARF_SEARCH} too. */
  static final Item DELUXE_SCARF =
      new Item(
          "Z9", "Deluxe wool scarf", "warm winter wool scarf", List.of("winter"), Map.of(), null);

  @BeforeEach
  void open() {
    service = newService();
  }

  private static Set<String> items(ServedRecommendation r) {
    return r.recommendation().items().stream().map(ScoredItem::item).collect(Collectors.toSet());
  }

  @Test
  void withoutAModelItSaysWhy() {
    assertThatThrownBy(() -> service.recommend("a0", 5, null, null))
        .isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("no model yet");
  }

  @Test
  void recommendsFromTheUsersClusterNeverWhatTheyHaveAndExplainsEveryItem() {
    ingest(TwoClusterShop.events());
    ModelManifest manifest = service.retrain();
    assertThat(manifest.events()).isEqualTo(320);
    assertThat(manifest.users()).isEqualTo(40);
    assertThat(service.upToDate()).isTrue();

    ServedRecommendation r = service.recommend("a3", 5, EmotionPolicy.NEUTRAL, null);
    Set<String> owned =
        store.eventsOfUser("a3", 100).stream().map(Event::item).collect(Collectors.toSet());
    assertThat(r.recommendation().items()).hasSize(5);
    // MMR diversity may add an item from the other cluster; relevance leads.
    assertThat(r.recommendation().items().get(0).item()).startsWith("A");
    assertThat(items(r).stream().filter(i -> i.startsWith("A")).count()).isGreaterThanOrEqualTo(3);
    assertThat(items(r)).doesNotContainAnyElementsOf(owned);
    assertThat(r.recommendation().items()).allSatisfy(i -> assertThat(i.reasons()).isNotEmpty());
    assertThat(r.recommendation().policy()).isEqualTo(EmotionPolicy.NEUTRAL);
    assertThat(r.policyFromBandit()).isFalse();
    assertThat(r.modelVersion()).isEqualTo(manifest.version());
  }

  @Test
  void anUnknownUserIsNamed() {
    ingest(TwoClusterShop.events());
    service.retrain();
    assertThatThrownBy(() -> service.recommend("nobody", 5, null, null))
        .isInstanceOf(NoSuchUserException.class)
        .hasMessage("no user with id 'nobody'");
  }

  @Test
  void newEventsFoldInWithoutRetraining() {
    ingest(TwoClusterShop.events());
    String version = service.retrain().version();
    List<Event> switched = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      switched.add(event("s" + i, "a3", "B" + i, EventType.PURCHASE, 1000 + i, null));
    }
    ingest(switched);

    ServedRecommendation r = service.recommend("a3", 5, EmotionPolicy.NEUTRAL, null);
    assertThat(r.modelVersion()).isEqualTo(version);
    assertThat(items(r)).anyMatch(i -> i.startsWith("B"));
    assertThat(items(r)).noneMatch(i -> Set.of("B0", "B1", "B2", "B3", "B4").contains(i));
    assertThat(service.upToDate()).isFalse();
  }

  @Test
  void aUserWhoRefusedBehaviourConsentIsServedAsAnUnseenUserAndLeavesTheModel() {
    ingest(TwoClusterShop.events());
    service.retrain();
    store.putUsers(List.of(User.ofId("newcomer")));
    Set<String> unseen = items(service.recommend("newcomer", 5, EmotionPolicy.NEUTRAL, null));
    assertThat(items(service.recommend("a3", 5, EmotionPolicy.NEUTRAL, null))).isNotEqualTo(unseen);

    store
        .access()
        .putConsent(
            new dev.affectrec.store.access.Consent(
                "a3", dev.affectrec.api.emotion.Modality.BEHAVIOUR, false, CLOCK.instant()));
    service.behaviourConsentChanged("a3");
    // the model trained before the refusal no longer serves their row
    assertThat(items(service.recommend("a3", 5, EmotionPolicy.NEUTRAL, null))).isEqualTo(unseen);
    // their new interactions are stored but fold into nothing: neither their scores nor popularity
    List<Event> later = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      later.add(event("later" + i, "a3", "B7", EventType.PURCHASE, 3000 + i, null));
    }
    ingest(later);
    assertThat(items(service.recommend("a3", 5, EmotionPolicy.NEUTRAL, null))).isEqualTo(unseen);
    assertThat(items(service.recommend("newcomer", 5, EmotionPolicy.NEUTRAL, null)))
        .isEqualTo(unseen);
    assertThat(store.eventsOfUser("a3", 100)).hasSize(38);
    // the next model never learnt from them
    assertThat(service.retrain().users()).isEqualTo(39);
  }

  @Test
  void aNewUserGetsLivePopularity() {
    ingest(TwoClusterShop.events());
    service.retrain();
    store.putUsers(List.of(User.ofId("newcomer")));
    List<Event> rush = new ArrayList<>();
    for (int u = 0; u < 30; u++) {
      rush.add(event("rush" + u, "b" + (u % 20), "A19", EventType.PURCHASE, 2000 + u, null));
    }
    ingest(rush);
    ServedRecommendation r = service.recommend("newcomer", 3, EmotionPolicy.NEUTRAL, null);
    assertThat(r.recommendation().items().get(0).item()).isEqualTo("A19");
  }

  @Test
  void aNewUserKnownByOneSearchGetsContentMatchesAndANewItemIsRecommendableAtOnce() {
    store.putItems(
        List.of(
            SCARF,
            new Item(
                "B2", "Garden hose", "Twenty metres, green", List.of("garden"), Map.of(), null)));
    ingest(TwoClusterShop.events());
    service.retrain();
    ingest(List.of(SCARF_SEARCH));
    ServedRecommendation r = service.recommend("newcomer", 3, EmotionPolicy.NEUTRAL, null);
    assertThat(r.recommendation().items().get(0).item()).isEqualTo("A1");

    service.itemChanged(DELUXE_SCARF);
    assertThat(items(service.recommend("newcomer", 3, EmotionPolicy.NEUTRAL, null))).contains("Z9");
  }

  @Test
  void aSavedModelBuildsItsColdStartIndexOnlyWhenAUserWithoutHistoryNeedsIt() throws IOException {
    store.putItems(List.of(SCARF));
    ingest(TwoClusterShop.events());
    service.retrain();
    assertThat(service.served().coldStartIndex().isBuilt()).as("a training builds it").isTrue();

    try (RecommendationService reloaded = newService()) {
      assertThat(reloaded.loadSaved()).isTrue();
      ServedRecommendation withHistory = reloaded.recommend("a3", 5, EmotionPolicy.NEUTRAL, null);
      assertThat(withHistory.source()).isEqualTo(ServedRecommendation.Source.MODEL);
      assertThat(reloaded.served().coldStartIndex().isBuilt()).isFalse();

      // An item changed before the build is in the index once it is built.
      reloaded.itemChanged(DELUXE_SCARF);
      assertThat(reloaded.served().coldStartIndex().isBuilt()).isFalse();
      store.append(List.of(SCARF_SEARCH));
      reloaded.accepted(List.of(SCARF_SEARCH));
      ServedRecommendation cold = reloaded.recommend("newcomer", 3, EmotionPolicy.NEUTRAL, null);
      assertThat(cold.source()).isEqualTo(ServedRecommendation.Source.COLD_START);
      assertThat(items(cold)).contains("A1", "Z9");
      assertThat(reloaded.served().coldStartIndex().isBuilt()).isTrue();
    }
  }

  @Test
  void theBanditChoosesWhenNoPolicyIsGivenAndLearnsFromClicks() {
    ingest(TwoClusterShop.events());
    service.retrain();
    ServedRecommendation r = service.recommend("a1", 5, null, null);
    assertThat(r.policyFromBandit()).isTrue();
    EmotionPolicy used = r.recommendation().policy();
    String item = r.recommendation().items().get(0).item();
    ingest(
        List.of(
            event("shown", "a1", item, EventType.RECOMMENDATION_SHOWN, 3000, null),
            event("clicked", "a1", item, EventType.RECOMMENDATION_CLICKED, 3001, null)));
    var arm = service.policyShares().get(r.segment()).get(used);
    assertThat(arm.get("chosen")).isEqualTo(1.0);
    assertThat(arm.get("alpha")).isEqualTo(2.0);
  }

  @Test
  void retrainingSwapsInANewVersionThatASecondServiceLoads() throws IOException {
    ingest(TwoClusterShop.events());
    String first = service.retrain().version();
    ingest(List.of(event("late", "a2", "A5", EventType.PURCHASE, 4000, null)));
    ModelManifest second = service.retrain();
    assertThat(second.version()).isNotEqualTo(first);
    assertThat(second.events()).isEqualTo(321);
    assertThat(second.metrics()).containsKeys("hybrid.ndcg@10", "cf.ndcg@10", "popular.ndcg@10");

    try (RecommendationService reloaded = newService()) {
      assertThat(reloaded.loadSaved()).isTrue();
      assertThat(reloaded.manifest().orElseThrow()).isEqualTo(second);
      // Saved models keep factors as floats: same items and reasons, scores within 1e-6.
      List<ScoredItem> before =
          service.recommend("a3", 5, EmotionPolicy.NEUTRAL, null).recommendation().items();
      List<ScoredItem> after =
          reloaded.recommend("a3", 5, EmotionPolicy.NEUTRAL, null).recommendation().items();
      assertThat(after)
          .extracting(ScoredItem::item)
          .isEqualTo(before.stream().map(ScoredItem::item).toList());
      assertThat(after)
          .extracting(ScoredItem::reasons)
          .isEqualTo(before.stream().map(ScoredItem::reasons).toList());
      for (int i = 0; i < before.size(); i++) {
        assertThat(after.get(i).score()).isCloseTo(before.get(i).score(), offset(1e-6));
      }
    }
  }

  @Test
  void anErasedUserIsGoneAtOnce() {
    ingest(TwoClusterShop.events());
    service.retrain();
    service.recommend("a4", 5, null, null);
    store.deleteUser("a4");
    service.erased("a4");
    assertThatThrownBy(() -> service.recommend("a4", 5, null, null))
        .isInstanceOf(NoSuchUserException.class);
  }

  @Test
  void anErasureDuringTrainingIsFollowedByATrainingWithoutTheUser() throws Exception {
    ingest(TwoClusterShop.events());
    service.retrain();
    var running = service.retrainAsync();
    store.deleteUser("a5");
    service.erased("a5");
    running.get();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (service.manifest().orElseThrow().users() != 39 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(service.manifest().orElseThrow().users()).isEqualTo(39);
  }

  @Test
  void optionsRejectBadValuesByName() {
    assertThatThrownBy(() -> OPTIONS.withBase("hybrid-emotion"))
        .hasMessageContaining("collaborative-filtering");
    assertThatThrownBy(() -> OPTIONS.withBase("teleport"))
        .hasMessageContaining("unknown algorithm 'teleport'");
    assertThatThrownBy(() -> OPTIONS.withRetrainInterval(Duration.ofSeconds(-1)))
        .hasMessageContaining("retrainInterval");
    assertThatThrownBy(
            () ->
                new ServingOptions(
                    "ease", 1, -1, Duration.ZERO, Duration.ZERO, FeedbackWeights.DEFAULTS))
        .hasMessageContaining("checkUsers");
    assertThatThrownBy(
            () ->
                new ServingOptions(
                    "ease", 1, 0, Duration.ZERO, Duration.ofSeconds(2), FeedbackWeights.DEFAULTS))
        .hasMessageContaining("stateTtl");
    assertThatThrownBy(() -> new FeedbackWeights(java.util.Map.of(EventType.VIEW, Double.NaN), 1))
        .hasMessageContaining("view");
  }
}
