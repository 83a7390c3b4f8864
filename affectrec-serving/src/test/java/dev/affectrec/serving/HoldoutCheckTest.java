package dev.affectrec.serving;

import static dev.affectrec.serving.TwoClusterShop.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hold-out check on a hand-built store. Two clusters of 5 items; each of 40 users buys 4 items
 * of their cluster, then in the same minute rates the cluster's item P 5 stars (happy) and item Q 1
 * star (unhappy). Their latest interactions tie, so the check holds out P or Q at random; the
 * catalogue is so small (14 items, 5 of them the user's) that every remaining item is in each top
 * 10 of 9 items, so every held-out item is hit.
 */
class HoldoutCheckTest {
  @TempDir Path dir;

  private static List<Event> events() {
    Random random = new Random(3);
    List<Event> out = new ArrayList<>();
    int n = 0;
    for (String cluster : List.of("a", "b")) {
      for (int u = 0; u < 20; u++) {
        String user = cluster + u;
        List<Integer> items = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.shuffle(items, random);
        for (int k = 0; k < 4; k++) {
          String item = cluster.toUpperCase() + items.get(k);
          out.add(event("e" + n++, user, item, EventType.PURCHASE, 10 * k + u, null));
        }
        String p = cluster.toUpperCase() + "P";
        String q = cluster.toUpperCase() + "Q";
        out.add(event("e" + n++, user, p, EventType.RATE, 1000, 5.0));
        out.add(event("e" + n++, user, q, EventType.RATE, 1000, 1.0));
      }
    }
    return out;
  }

  @Test
  void happyAndUnhappyMetricsFollowTheStoresSatisfactionOfTheHeldOutInteraction() {
    Map<String, Double> metrics;
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      store.append(events());
      StoreTrainingData data = StoreTrainingData.read(store, FeedbackWeights.DEFAULTS);
      metrics =
          new ServingTrainer(ServingOptions.DEFAULTS, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
              .train(data)
              .manifest()
              .metrics();
    }
    assertThat(metrics.get("check.users")).isEqualTo(40.0);
    double happy = metrics.get("check.happyUsers");
    assertThat(happy)
        .as("the tie between P (happy) and Q (unhappy) is drawn, not taken in item order")
        .isBetween(8.0, 32.0);
    for (String model : List.of("cf", "popular")) {
      assertThat(metrics.get(model + ".hr@10")).isEqualTo(1.0);
      assertThat(metrics.get(model + ".happy-hr@10")).isEqualTo(1.0);
      // Each user held out on Q saw it among 9 recommended items: 1000 / 9 per such user.
      assertThat(metrics.get(model + ".unhappy-per-1k@10"))
          .isCloseTo((40 - happy) * (1000.0 / 9) / 40, within(1e-9));
    }
    assertThat(metrics.get("hybrid.happy-ndcg@10")).isBetween(0.0, 1.0);
    assertThat(metrics).containsKeys("hybrid.happy-hr@10", "hybrid.unhappy-per-1k@10");
  }
}
