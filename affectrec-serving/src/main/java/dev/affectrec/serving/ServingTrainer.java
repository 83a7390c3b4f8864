package dev.affectrec.serving;

import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.hybrid.model.HybridTrainingConfig;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Trains the served hybrid from {@link StoreTrainingData}: the configured CF base, the store's
 * review readings and event contexts, the default hybrid configuration with the options' seed; then
 * runs the {@link HoldoutCheck} and writes the {@link ModelManifest}. Thread-safe.
 */
public final class ServingTrainer {
  private final ServingOptions options;
  private final Clock clock;

  /**
   * @param options never null; @param clock never null
   */
  public ServingTrainer(ServingOptions options, Clock clock) {
    this.options = Objects.requireNonNull(options, "options is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /** A trained model with its manifest. */
  public record Trained(HybridEmotionModel model, ModelManifest manifest) {}

  /**
   * Trains on {@code data}.
   *
   * @throws IllegalArgumentException when {@code data} has no positive interaction
   */
  public Trained train(StoreTrainingData data) {
    Objects.requireNonNull(data, "data is required");
    if (!data.trainable()) {
      throw new IllegalArgumentException(
          "no interactions to train on: the store holds "
              + data.events()
              + " events and none is a positive interaction with an item");
    }
    long start = System.nanoTime();
    HybridEmotionTrainer trainer = trainer(data);
    HybridEmotionModel model = trainer.train(data.matrix());
    Map<String, Double> metrics =
        new java.util.TreeMap<>(
            options.checkUsers() == 0
                ? Map.of()
                : HoldoutCheck.run(
                    data.matrix(),
                    data.satisfactionEstimates(),
                    trainer,
                    options.checkUsers(),
                    options.seed()));
    model
        .provenance()
        .parameters()
        .forEach(
            (key, value) -> {
              if (key.startsWith("validation.happyNdcg10.")) {
                metrics.put(key, Double.parseDouble(value));
              }
            });
    Instant now = clock.instant();
    ModelManifest manifest =
        new ModelManifest(
            ModelDirectory.versionAt(now),
            now,
            data.events(),
            data.skipped(),
            data.matrix().userCount(),
            data.matrix().itemCount(),
            data.matrix().nonZeros(),
            data.reviewReadings().size(),
            (System.nanoTime() - start) / 1_000_000,
            options.base(),
            metrics,
            model.provenance().parameters().getOrDefault("served", "blend"));
    return new Trained(model, manifest);
  }

  private HybridEmotionTrainer trainer(StoreTrainingData data) {
    Trainer<? extends ScoringModel> base =
        AlgorithmRegistry.discover()
            .create(AlgorithmSpec.parse(options.base()), AlgorithmContext.plain());
    HybridTrainingConfig d = HybridTrainingConfig.defaults();
    HybridTrainingConfig config =
        new HybridTrainingConfig(
            d.weighting(),
            d.learn(),
            d.learner(),
            d.validationUsers(),
            options.seed(),
            d.fusion(),
            d.itemProfiles(),
            d.reputationPrior(),
            d.serving());
    return new HybridEmotionTrainer(
        base,
        config,
        data.readings(),
        data.satisfactionEstimates(),
        data.interactionContexts(),
        clock);
  }
}
