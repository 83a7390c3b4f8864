package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.serving.privacy.ErasedUsers;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.access.PendingErasure;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import dev.affectrec.testkit.FileBytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model trained before an erasure never serves the erased user or the items only they had, and no
 * saved model keeps them: neither in a running service nor after a crash that came between the
 * erasure's commit and the deletion of the saved models.
 */
class PendingErasureServingTest {
  static final String ERASED = "erased-user-q7";
  static final String ONLY_THEIRS = "ONLY-ERASED-ITEM";

  @TempDir Path dir;
  EventStore store;
  RecommendationService service;

  @BeforeEach
  void open() {
    store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
    service = newService();
    List<Event> events = new ArrayList<>(TwoClusterShop.events());
    for (int i = 0; i < 20; i++) {
      events.add(event("q" + i, ERASED, "A" + i, EventType.PURCHASE, 100 + i, null));
    }
    for (int i = 0; i < 5; i++) {
      events.add(event("q-only" + i, ERASED, ONLY_THEIRS, EventType.PURCHASE, 200 + i, null));
    }
    store.append(events);
    service.accepted(events);
  }

  private RecommendationService newService() {
    return new RecommendationService(
        store,
        new ModelDirectory(dir.resolve("models")),
        RecommendationServiceTest.OPTIONS,
        ReviewReader.NONE,
        RecommendationServiceTest.CLOCK);
  }

  @AfterEach
  void close() {
    service.close();
    store.close();
  }

  /** Everything recommended to the 20 users of the erased user's cluster, 20 items each. */
  private Set<String> recommendedToCluster(RecommendationService to) {
    return recommendedToCluster(to, 20);
  }

  /** Everything recommended to the 20 users of the erased user's cluster, {@code k} items each. */
  private static Set<String> recommendedToCluster(RecommendationService to, int k) {
    Set<String> items = new HashSet<>();
    for (int u = 0; u < 20; u++) {
      to.recommend("a" + u, k, null, null).recommendation().items().stream()
          .map(ScoredItem::item)
          .forEach(items::add);
    }
    return items;
  }

  @Test
  void aRunningServiceForgetsTheUserAndDeletesTheSavedModelsBeforeTheErasureReturns() {
    service.retrain();
    assertThat(recommendedToCluster(service)).contains(ONLY_THEIRS);
    assertThat(FileBytes.filesContaining(dir.resolve("models"), ERASED)).isNotEmpty();

    store.deleteUser(ERASED, pending());
    service.erased(ERASED);

    assertThat(FileBytes.filesContaining(dir.resolve("models"), ERASED)).isEmpty();
    assertThat(recommendedToCluster(service)).doesNotContain(ONLY_THEIRS);
  }

  @Test
  void aSavedModelOlderThanAPendingErasureIsServedWithoutTheUserThenDeletedAndReplaced()
      throws Exception {
    service.retrain();
    assertThat(recommendedToCluster(service)).contains(ONLY_THEIRS);
    // A crash after the erasure's commit, before the service heard of it: the saved model still
    // holds the user, and only the pending record says so.
    store.deleteUser(ERASED, pending());
    service.close();

    service = newService();
    assertThat(service.loadSaved()).isTrue();

    assertThat(recommendedToCluster(service)).doesNotContain(ONLY_THEIRS);
    assertThat(FileBytes.filesContaining(dir.resolve("models"), ERASED)).isEmpty();
    assertThat(store.access().pendingErasures()).hasSize(1);

    service.retrain();

    assertThat(store.access().pendingErasures()).isEmpty();
    assertThat(service.manifest().orElseThrow().users()).isEqualTo(40);
    assertThat(FileBytes.filesContaining(dir.resolve("models"), ERASED)).isEmpty();
    assertThat(FileBytes.files(dir.resolve("models"))).isNotEmpty();
  }

  /**
   * The restart after a kill -9 that came before the erasure committed: the saved model, loaded at
   * start, still holds the user and nothing is pending, so the client's retried erasure is the
   * first the service hears of it.
   */
  @Test
  void aSavedModelLoadedAtStartForgetsAUserErasedAfterTheStart() throws Exception {
    service.retrain();
    service.close();
    service = newService();
    assertThat(service.loadSaved()).isTrue();
    assertThat(recommendedToCluster(service)).contains(ONLY_THEIRS);

    store.deleteUser(ERASED, pending());
    service.erased(ERASED);

    assertThat(recommendedToCluster(service)).doesNotContain(ONLY_THEIRS);
    assertThat(FileBytes.filesContaining(dir.resolve("models"), ERASED)).isEmpty();
  }

  /**
   * A start without a saved model serves the most popular items while its first model trains (the
   * state after a kill -9 during an erasure that came before any model was saved): an erasure in
   * that window must take the user's interactions out of the popularity counts too.
   */
  @Test
  void anErasureWhileTheFirstModelTrainsTakesTheUserOutOfThePopularItems() throws Exception {
    CountDownLatch training = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    service.close();
    service =
        new RecommendationService(
            store,
            new ModelDirectory(dir.resolve("models")),
            RecommendationServiceTest.OPTIONS,
            new HeldReviewReader(training, release),
            RecommendationServiceTest.CLOCK);
    try {
      service.start(); // no saved model: counts the stored interactions and starts training
      assertThat(training.await(30, TimeUnit.SECONDS)).as("the first training started").isTrue();
      assertThat(recommendedToCluster(service, 50)).contains(ONLY_THEIRS);

      store.deleteUser(ERASED, pending());
      service.erased(ERASED);

      assertThat(service.served()).as("still no model in service").isNull();
      assertThat(recommendedToCluster(service, 50)).doesNotContain(ONLY_THEIRS);
    } finally {
      release.countDown();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (service.served() == null && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(service.served()).as("the first model").isNotNull();
    assertThat(recommendedToCluster(service, 50)).doesNotContain(ONLY_THEIRS);
  }

  /** Reads nothing, and holds every training in {@link #settle} until released. */
  private record HeldReviewReader(CountDownLatch entered, CountDownLatch release)
      implements ReviewReader {
    @Override
    public int readAndStore(List<Event> events) {
      return 0;
    }

    @Override
    public void settle() {
      entered.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private PendingErasure pending() {
    return new PendingErasure(
        ErasedUsers.of(store.access()).hash(ERASED),
        RecommendationServiceTest.CLOCK.instant().minusSeconds(1));
  }
}
