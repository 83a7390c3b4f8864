package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --tune}: the serving trainer tunes its base and records what it chose. */
class BaseTuningTest {
  @TempDir Path dir;

  private ServingTrainer.Trained train(ServingOptions options) {
    try (EventStore store = EventStores.open(StoreConfig.sqlite(dir))) {
      if (store.stats().events() == 0) {
        store.append(TwoClusterShop.events());
      }
      return new ServingTrainer(options, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
          .train(StoreTrainingData.read(store, FeedbackWeights.DEFAULTS));
    }
  }

  @Test
  void aTuningBudgetTrainsTheSearchsChoiceAndRecordsItInTheManifestAndProvenance() {
    // alpha is written, so it stays; lambda and factors are searched.
    ServingOptions options =
        ServingOptions.DEFAULTS
            .withRetrainInterval(Duration.ZERO)
            .withBase("als:iterations=5:alpha=2")
            .withTuneBudget(6);
    ServingTrainer.Trained trained = train(options);
    ModelManifest manifest = trained.manifest();
    Map<String, Double> metrics = manifest.metrics();
    assertThat(metrics.get("tune.trials")).isEqualTo(6.0);
    assertThat(metrics.get("tune.ndcg10.chosen"))
        .isGreaterThanOrEqualTo(metrics.get("tune.ndcg10.asWritten"));
    AlgorithmSpec chosen = AlgorithmSpec.parse(manifest.base());
    assertThat(manifest.base()).startsWith("als:iterations=5:alpha=2");
    assertThat(chosen.parameters()).containsEntry("alpha", "2");
    // The base model's provenance holds every parameter the search chose.
    Map<String, String> trainedWith = trained.model().base().provenance().parameters();
    chosen
        .parameters()
        .forEach((key, value) -> assertThat(same(trainedWith.get(key), value)).as(key).isTrue());
  }

  /** Equal as numbers ("4" and "4.0"), else as text. */
  private static boolean same(String recorded, String chosen) {
    try {
      return Double.parseDouble(recorded) == Double.parseDouble(chosen);
    } catch (NumberFormatException | NullPointerException e) {
      return chosen.equals(recorded);
    }
  }

  @Test
  void withoutABudgetTheBaseIsTrainedAsWrittenAndNothingIsTuned() {
    ModelManifest manifest = train(ServingOptions.DEFAULTS.withBase("ease:lambda=50")).manifest();
    assertThat(manifest.base()).isEqualTo("ease:lambda=50");
    assertThat(manifest.metrics()).doesNotContainKeys("tune.trials", "tune.ndcg10.chosen");
    assertThatThrownBy(() -> ServingOptions.DEFAULTS.withTuneBudget(-1))
        .hasMessageContaining("tuneBudget");
  }
}
