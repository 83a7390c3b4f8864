package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLifecycleTest {
  @TempDir Path dir;
  EventStore store;
  LiveUpdates live;
  AtomicInteger swaps;
  ModelLifecycle lifecycle;

  @BeforeEach
  void open() {
    store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
    live = new LiveUpdates(RecommendationServiceTest.OPTIONS.weights());
    swaps = new AtomicInteger();
    lifecycle = newLifecycle();
  }

  private ModelLifecycle newLifecycle() {
    return new ModelLifecycle(
        store,
        new ModelDirectory(dir.resolve("models")),
        RecommendationServiceTest.OPTIONS,
        ReviewReader.NONE,
        RecommendationServiceTest.CLOCK,
        live,
        FusionConfig.defaults(),
        swaps::incrementAndGet);
  }

  @AfterEach
  void close() {
    lifecycle.close();
    store.close();
  }

  private void ingest(List<Event> events) {
    store.append(events);
    live.record(events);
  }

  @Test
  void withoutDataTrainingSaysSoAndNothingIsServed() {
    assertThatThrownBy(lifecycle::retrain)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no interactions to train on");
    assertThat(lifecycle.current()).isNull();
    assertThat(lifecycle.upToDate()).isFalse();
    assertThat(swaps).hasValue(0);
  }

  @Test
  void concurrentFirstModelRequestsTrainOneModel() throws InterruptedException {
    ingest(TwoClusterShop.events());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> lifecycle.trainFirstModel());
      threads.add(thread);
      thread.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (lifecycle.current() == null && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    // Once a model serves, a first-model request does nothing; the requests that found a run
    // queued left one follow-up, which finds the model and skips. Closing runs what is queued.
    lifecycle.trainFirstModel();
    lifecycle.close();
    assertThat(lifecycle.current()).isNotNull();
    assertThat(swaps).hasValue(1);
  }

  @Test
  void rowsWhoseIdsTheModelFileCannotStoreAreSkippedAndCounted() throws IOException {
    ingest(TwoClusterShop.events());
    // Rows an older version let into the store: a 64 KiB user and an item with a NUL.
    store.append(
        List.of(
            event("old-1", "u".repeat(64 * 1024), "i1", EventType.PURCHASE, 1, null),
            event("old-2", "u1", "i\u0000", EventType.PURCHASE, 2, null)));
    ModelManifest manifest = lifecycle.retrain();
    assertThat(manifest.skippedEvents()).isEqualTo(2);
    assertThat(manifest.events()).isEqualTo(TwoClusterShop.events().size() + 2L);
    assertThat(new ModelDirectory(dir.resolve("models")).load().orElseThrow().manifest())
        .isEqualTo(manifest);
  }

  @Test
  void aTrainingSwapsTheModelInAndRebasesTheLiveState() {
    ingest(TwoClusterShop.events());
    ModelManifest manifest = lifecycle.retrain();
    assertThat(lifecycle.current().manifest()).isEqualTo(manifest);
    assertThat(lifecycle.upToDate()).isTrue();
    assertThat(lifecycle.training()).isFalse();
    assertThat(swaps).hasValue(1);
    // Every event up to the snapshot is in the model, so the live state holds none of them.
    assertThat(live.forUser("a3")).isEmpty();

    ingest(List.of(event("late", "a3", "B1", EventType.PURCHASE, 5000, null)));
    assertThat(lifecycle.upToDate()).isFalse();
    assertThat(live.forUser("a3")).containsOnlyKeys("B1");
  }

  @Test
  void aSecondAsynchronousRequestJoinsTheRunInFlight() throws Exception {
    ingest(TwoClusterShop.events());
    CompletableFuture<ModelManifest> first = lifecycle.retrainAsync(false);
    CompletableFuture<ModelManifest> second = lifecycle.retrainAsync(false);
    assertThat(second).isSameAs(first);
    assertThat(first.get().events()).isEqualTo(320);
  }

  @Test
  void aSavedModelIsLoadedAndACatalogueChangeKeepsIt() throws IOException {
    ingest(TwoClusterShop.events());
    ModelManifest manifest = lifecycle.retrain();
    try (ModelLifecycle reloaded = newLifecycle()) {
      assertThat(reloaded.loadSaved()).isTrue();
      assertThat(reloaded.current().manifest()).isEqualTo(manifest);
      ServedModel before = reloaded.current();
      reloaded.itemChanged(Item.ofId("Z9"));
      assertThat(reloaded.current()).isNotSameAs(before);
      assertThat(reloaded.current().model()).isSameAs(before.model());
    }
  }

  @Test
  void aCorruptSavedModelIsAClearError() throws IOException {
    Path models = dir.resolve("models");
    Files.createDirectories(models.resolve("v1"));
    Files.writeString(models.resolve("CURRENT"), "v1");
    Files.writeString(models.resolve("v1").resolve("manifest.json"), "{not json");
    assertThatThrownBy(lifecycle::loadSaved)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("manifest.json");
  }
}
