package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.recommend.ReasonType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.serving.ServedRecommendation.PolicySource;
import dev.affectrec.serving.ServedRecommendation.Source;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A service on a store without a model: most popular first, then the first model by itself. */
class FirstModelTest extends ServiceOnStoreTest {
  /** No automatic first training within a test. */
  static final FirstModelTrigger.Timing NEVER =
      new FirstModelTrigger.Timing(Duration.ofHours(1), Duration.ofHours(1), Integer.MAX_VALUE);

  private static List<String> items(ServedRecommendation r) {
    return r.recommendation().items().stream().map(ScoredItem::item).toList();
  }

  /** Seven purchases of A1, five of A2, three of B3, by users u0..u6; u0 bought A1 only. */
  private static List<Event> smallShop() {
    List<Event> out = new ArrayList<>();
    for (int u = 0; u < 7; u++) {
      out.add(event("p1-" + u, "u" + u, "A1", EventType.PURCHASE, u, null));
    }
    for (int u = 1; u < 6; u++) {
      out.add(event("p2-" + u, "u" + u, "A2", EventType.PURCHASE, 10 + u, null));
    }
    for (int u = 1; u < 4; u++) {
      out.add(event("p3-" + u, "u" + u, "B3", EventType.PURCHASE, 20 + u, null));
    }
    // A dislike is no interaction: C4 is not popular.
    out.add(event("d4", "u1", "C4", EventType.DISLIKE, 30, null));
    return out;
  }

  @Test
  void beforeTheFirstModelTheMostPopularItemsAreServedWithAReason() {
    service = newService(NEVER);
    ingest(smallShop());

    ServedRecommendation r = service.recommend("u0", 5, null, null);
    assertThat(r.source()).isEqualTo(Source.POPULAR);
    assertThat(r.modelVersion()).isNull();
    assertThat(r.policySource()).isEqualTo(PolicySource.DEFAULT);
    assertThat(r.recommendation().policy()).isEqualTo(EmotionPolicy.NEUTRAL);
    // u0 already bought A1; C4 was only disliked.
    assertThat(items(r)).containsExactly("A2", "B3");
    // Scores are counts over the top item's (A1, 7), whoever asks.
    assertThat(r.recommendation().items().get(0).score()).isEqualTo(5 / 7.0);
    assertThat(r.recommendation().items().get(1).score()).isEqualTo(3 / 7.0);
    var reason = r.recommendation().items().get(0).reasons().get(0);
    assertThat(reason.type()).isEqualTo(ReasonType.POPULAR_WITH);
    assertThat(reason.text()).contains("Popular right now").contains("5 interactions");
    assertThat(reason.textZh()).contains("热门").contains("5 次互动");

    assertThat(items(service.recommend("u6", 2, EmotionPolicy.MOOD_REGULATING, null)))
        .containsExactly("A2", "B3");
    assertThat(service.recommend("u6", 1, EmotionPolicy.MOOD_REGULATING, null).policySource())
        .isEqualTo(PolicySource.REQUEST);
    assertThatThrownBy(() -> service.recommend("nobody", 3, null, null))
        .isInstanceOf(NoSuchUserException.class);
  }

  @Test
  void beforeTheFirstModelPopularListsAndSessionsServeAndNeighboursWait() {
    service = newService(NEVER);
    ingest(smallShop());
    assertThat(service.popular(2, null)).extracting(ScoredItem::item).containsExactly("A1", "A2");
    ServedRecommendation session = service.recommendSession(List.of("A1"), 5, null, null);
    assertThat(session.source()).isEqualTo(Source.POPULAR);
    assertThat(items(session)).containsExactly("A2", "B3");
    assertThatThrownBy(() -> service.neighbours("A1", 3))
        .isInstanceOf(ModelUnavailableException.class);
    assertThat(service.neighbours("nothing", 3)).isEmpty();
  }

  @Test
  void anErasureBeforeTheFirstModelLeavesThePopularCounts() {
    service = newService(NEVER);
    ingest(smallShop());
    for (String user : List.of("u1", "u2", "u3")) {
      store.deleteUser(user);
      service.erased(user);
    }
    // Left: A1 by u0, u4, u5, u6 (4); A2 by u4, u5 (2); B3 by nobody.
    assertThat(service.popular(5, null))
        .extracting(ScoredItem::item, ScoredItem::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", 1.0),
            org.assertj.core.groups.Tuple.tuple("A2", 0.5));
  }

  @Test
  void withoutAnyPositiveInteractionThereIsNothingToServeYet() {
    service = newService(NEVER);
    ingest(List.of(event("d1", "u1", "A1", EventType.DISLIKE, 1, null)));
    assertThatThrownBy(() -> service.recommend("u1", 3, null, null))
        .isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("no interaction to train on");
  }

  @Test
  void interactionsStoredBeforeStartCountAsPopular() {
    store.append(smallShop());
    PopularItems popular = new PopularItems(FeedbackWeights.DEFAULTS);
    assertThat(popular.isEmpty()).isTrue();
    popular.seed(store);
    popular.record(List.of(event("late", "u9", "B3", EventType.PURCHASE, 40, null)));
    assertThat(popular.top(3, id -> true))
        .extracting(ScoredItem::item)
        .containsExactly("A1", "A2", "B3");
    assertThat(popular.top(3, id -> true).get(2).score()).isEqualTo(4 / 7.0);
    popular.clear();
    assertThat(popular.isEmpty()).isTrue();
    assertThat(popular.top(3, id -> true)).isEmpty();
  }

  @Test
  void theFirstAcceptedBatchTrainsTheFirstModel() throws InterruptedException {
    service =
        newService(
            new FirstModelTrigger.Timing(Duration.ofMillis(200), Duration.ofSeconds(1), 1_000));
    ingest(TwoClusterShop.events());
    assertThat(service.recommend("a3", 3, null, null).source()).isIn(Source.POPULAR, Source.MODEL);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (service.manifest().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(service.manifest()).isPresent();
    assertThat(service.manifest().orElseThrow().events()).isEqualTo(320);
    ServedRecommendation r = service.recommend("a3", 3, EmotionPolicy.NEUTRAL, null);
    assertThat(r.source()).isEqualTo(Source.MODEL);
    assertThat(r.modelVersion()).isEqualTo(service.manifest().orElseThrow().version());
  }

  @Test
  void aUserTheSavedModelHasNotSeenGetsTheirStoredInteractionsFoldedIn() throws IOException {
    service = newService(NEVER);
    ingest(TwoClusterShop.events());
    service.retrain();
    service.close();
    // Stored while no service ran: the saved model has not seen "late", and nothing is live.
    List<Event> late = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      late.add(event("late" + i, "late", "B" + i, EventType.PURCHASE, 50_000 + i, null));
    }
    store.append(late);
    service = newService(NEVER);
    assertThat(service.loadSaved()).isTrue();

    ServedRecommendation r = service.recommend("late", 5, EmotionPolicy.NEUTRAL, null);
    assertThat(r.source()).isEqualTo(Source.MODEL);
    Set<String> bought = late.stream().map(Event::item).collect(Collectors.toSet());
    assertThat(items(r)).doesNotContainAnyElementsOf(bought);
    assertThat(items(r).get(0)).startsWith("B");
  }
}
