package dev.affectrec.serving;

import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.hybrid.model.HybridTrainingConfig;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the served hybrid from {@link StoreTrainingData}: the configured CF base (first tuned on a
 * validation cut of the store's interactions when the options have a tuning budget, {@link
 * BaseTuning}), the store's review readings and event contexts, the default hybrid configuration
 * with the options' seed; then runs the {@link HoldoutCheck} and writes the {@link ModelManifest},
 * whose {@code base} is the spec actually trained (the tuned one, with every chosen parameter) and
 * whose metrics carry the search's {@code tune.*} values. Thread-safe.
 */
public final class ServingTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(ServingTrainer.class);
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
    AlgorithmRegistry registry = AlgorithmRegistry.discover();
    BaseTuning.Choice base = BaseTuning.choose(options, data.matrix(), registry);
    if (!base.description().isEmpty()) {
      LOG.info("tuned the base on a validation cut of the store: {}", base.description());
    }
    HybridEmotionTrainer trainer =
        trainer(data, registry.create(base.spec(), AlgorithmContext.plain()));
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
    metrics.putAll(base.metrics());
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
            base.spec().label(),
            metrics,
            model.provenance().parameters().getOrDefault("served", "blend"));
    return new Trained(model, manifest);
  }

  private HybridEmotionTrainer trainer(
      StoreTrainingData data, Trainer<? extends ScoringModel> base) {
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
