package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.serving.privacy.ErasedUsers;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreLock;
import dev.affectrec.store.access.PendingErasure;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one store and one model directory (each with its own store connection, as two
 * processes would have): one trains at a time, the other puts the saved version in service, and an
 * erasure made through one is honoured by the other.
 */
class ReplicaServingTest {
  private static final String ERASED = PendingErasureServingTest.ERASED;
  private static final String ONLY_THEIRS = PendingErasureServingTest.ONLY_THEIRS;

  @TempDir Path dir;
  EventStore storeA;
  EventStore storeB;
  RecommendationService a;
  RecommendationService b;

  @BeforeEach
  void open() {
    storeA = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
    storeB = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
    a = service(storeA);
    b = service(storeB);
    List<Event> events = new ArrayList<>(TwoClusterShop.events());
    for (int i = 0; i < 20; i++) {
      events.add(event("q" + i, ERASED, "A" + i, EventType.PURCHASE, 100 + i, null));
    }
    for (int i = 0; i < 5; i++) {
      events.add(event("q-only" + i, ERASED, ONLY_THEIRS, EventType.PURCHASE, 200 + i, null));
    }
    storeA.append(events);
  }

  private RecommendationService service(EventStore store) {
    return new RecommendationService(
        store,
        new ModelDirectory(dir.resolve("models")),
        RecommendationServiceTest.OPTIONS,
        ReviewReader.NONE,
        RecommendationServiceTest.CLOCK);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
    storeA.close();
    storeB.close();
  }

  @Test
  void aServerDoesNotTrainWhileAnotherHoldsTheTrainingLock() {
    StoreLock held = storeA.tryLock(ModelLifecycle.TRAINING_LOCK).orElseThrow();
    try {
      assertThatThrownBy(b::retrain).isInstanceOf(TrainingElsewhereException.class);
      assertThat(b.served()).isNull();
    } finally {
      held.close();
    }
    assertThat(b.retrain().events()).isEqualTo(storeA.eventCount());
  }

  @Test
  void theOtherServerServesTheSavedVersionAndHonoursAnErasureMadeThroughTheFirst() {
    String version = a.retrain().version();

    b.follow();

    assertThat(b.served().manifest().version()).isEqualTo(version);
    assertThat(recommendedToCluster(b)).contains(ONLY_THEIRS);

    storeA.deleteUser(
        ERASED,
        new PendingErasure(
            ErasedUsers.of(storeA.access()).hash(ERASED),
            RecommendationServiceTest.CLOCK.instant().minusSeconds(1)));
    a.erased(ERASED);
    b.follow();

    assertThat(recommendedToCluster(a)).doesNotContain(ONLY_THEIRS);
    assertThat(recommendedToCluster(b)).doesNotContain(ONLY_THEIRS);
  }

  private static Set<String> recommendedToCluster(RecommendationService to) {
    Set<String> items = new HashSet<>();
    for (int u = 0; u < 20; u++) {
      to.recommend("a" + u, 50, null, null).recommendation().items().stream()
          .map(ScoredItem::item)
          .forEach(items::add);
    }
    return items;
  }
}
