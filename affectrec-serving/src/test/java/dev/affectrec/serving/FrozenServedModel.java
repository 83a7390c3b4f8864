package dev.affectrec.serving;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A served model directory ({@code CURRENT}, {@code v<millis>/manifest.json}, {@code model.bin},
 * {@code model.bin.base}) frozen as a test resource, and the outputs recorded beside it.
 */
final class FrozenServedModel {
  /** The frozen model directory, a test resource. */
  static final String DIRECTORY = "/frozen/served";

  /** Its recorded outputs, a test resource. */
  static final String EXPECTED = "/frozen/served.expected.tsv";

  private static final Instant TRAINED_AT = Instant.parse("2026-12-02T00:00:00Z");

  private FrozenServedModel() {}

  /** Trains the two-cluster shop with a fixed clock and saves it as the current version. */
  static void write(Path models, Path scratch) throws IOException {
    try (EventStore store = EventStores.open(StoreConfig.sqlite(scratch))) {
      store.append(TwoClusterShop.events());
      ServingTrainer.Trained trained =
          new ServingTrainer(ServingOptions.DEFAULTS, Clock.fixed(TRAINED_AT, ZoneOffset.UTC))
              .train(StoreTrainingData.read(store, FeedbackWeights.DEFAULTS));
      ModelDirectory directory = new ModelDirectory(models);
      directory.save(
          trained.model(), trained.manifest().withVersion(directory.nextVersion(TRAINED_AT)));
    }
  }

  /** The manifest's counts and metrics, and recommendations for users of both clusters. */
  static Map<String, String> outputs(ModelDirectory.Loaded loaded) {
    Map<String, String> out = new LinkedHashMap<>();
    ModelManifest manifest = loaded.manifest();
    out.put(
        "manifest counts",
        "events=%d users=%d items=%d interactions=%d reviewReadings=%d"
            .formatted(
                manifest.events(),
                manifest.users(),
                manifest.items(),
                manifest.interactions(),
                manifest.reviewReadings()));
    out.put(
        "manifest metrics",
        manifest.metrics().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" ")));
    for (String user : List.of("a0", "b7")) {
      out.put("recommend " + user, render(loaded.model().recommend(user, 5, Set.of())));
    }
    return out;
  }

  private static String render(List<ScoredItem> items) {
    return items.stream().map(i -> i.item() + "=" + i.score()).collect(Collectors.joining(" "));
  }
}
