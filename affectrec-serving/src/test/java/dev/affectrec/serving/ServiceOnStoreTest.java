package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests of a {@link RecommendationService} over a fresh SQLite store in a temporary
 * folder (models in {@code dir/models}); the store and {@link #service}, when set, are closed after
 * each test.
 */
abstract class ServiceOnStoreTest {
  @TempDir Path dir;
  EventStore store;
  RecommendationService service;

  @BeforeEach
  void openStore() {
    store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
  }

  @AfterEach
  void closeServiceAndStore() {
    if (service != null) {
      service.close();
    }
    store.close();
  }

  /** A new service over the store with the test options and the default first-model timing. */
  RecommendationService newService() {
    return newService(FirstModelTrigger.Timing.DEFAULTS);
  }

  /** A new service over the store with the test options. */
  RecommendationService newService(FirstModelTrigger.Timing firstTraining) {
    return new RecommendationService(
        store,
        new ModelDirectory(dir.resolve("models")),
        RecommendationServiceTest.OPTIONS,
        ReviewReader.NONE,
        RecommendationServiceTest.CLOCK,
        firstTraining);
  }

  /**
   * Stores {@code events} and hands the newly stored ones to the service, as the ingest path does.
   */
  void ingest(List<Event> events) {
    service.accepted(store.append(events).stored());
  }
}
