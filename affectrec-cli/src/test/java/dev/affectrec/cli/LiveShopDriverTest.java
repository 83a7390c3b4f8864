package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.demo.DemoConfig;
import dev.affectrec.demo.LiveShop;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveShopDriverTest {
  @TempDir Path dir;

  @Test
  void sessionsFlowThroughIngestAndShoppersReactToRecommendations() throws Exception {
    LiveShop shop =
        LiveShop.open(new DemoConfig(3, 40, 4, 10, Instant.parse("2026-10-01T00:00:00Z")));
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")))) {
      store.putUsers(shop.history().users());
      store.putItems(shop.history().items());
      store.append(shop.history().events());
      long before = store.stats().events();
      try (AffectRecServer server =
          AffectRecServer.start(
              ServerConfig.loopback(0),
              SecurityConfig.DEFAULTS,
              store,
              new ModelDirectory(dir.resolve("models")),
              ServingOptions.DEFAULTS.withRetrainInterval(Duration.ZERO))) {
        RecommendationService recs = server.recommendations().orElseThrow();
        recs.retrainAsync().get();
        try (LiveShopDriver driver = new LiveShopDriver(shop, server.ingest(), recs, 11)) {
          Instant now = Instant.parse("2026-10-12T09:00:00Z");
          for (int i = 0; i < 30; i++) {
            driver.step(now.plusSeconds(60L * i));
          }
        }
        long after = store.stats().events();
        assertThat(after).isGreaterThan(before);
        assertThat(store.stats().eventsByType())
            .containsKey(EventType.RECOMMENDATION_SHOWN.wireName());
        double chosen =
            recs.policyShares().values().stream()
                .flatMap(arms -> arms.values().stream())
                .mapToDouble(arm -> arm.get("chosen"))
                .sum();
        assertThat(chosen).isEqualTo(30);
        java.util.List<Event> shown =
            shop.history().users().stream()
                .flatMap(u -> store.eventsOfUser(u.id(), 1000).stream())
                .filter(e -> e.type() == EventType.RECOMMENDATION_SHOWN)
                .toList();
        assertThat(shown).hasSize(150).allMatch(e -> e.id().startsWith("live-"));
      }
    }
  }
}
