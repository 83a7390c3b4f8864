package dev.affectrec.serving;

import dev.affectrec.api.Arguments;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of {@link RecommendationService}. Validated at construction.
 *
 * @param base the collaborative-filtering algorithm under the hybrid, an algorithm spec such as
 *     {@code ease} or {@code als:factors=64}; never {@code hybrid-emotion} (default {@code ease})
 * @param seed seeds training and the policy bandit (default 42)
 * @param checkUsers users held out (their latest interaction) to measure each trained model; 0
 *     skips the check (default 300)
 * @param retrainInterval how often the background job retrains when events arrived since the last
 *     model; {@link Duration#ZERO} retrains only on demand (default 10 minutes)
 * @param stateTtl how long a user's fused emotional state is cached; at most 1 second so a new
 *     reading shows within a second (default 500 ms)
 * @param weights implicit feedback weights, never null
 * @param tuneBudget 0 trains the base as written; otherwise each training first tunes the base's
 *     parameters with a {@link dev.affectrec.recommend.tune.ModelSearch} of this many trials (the
 *     spec as written included) on a validation cut of the store's interactions ({@code serve
 *     --tune}), at least 0 (default 0)
 */
public record ServingOptions(
    String base,
    long seed,
    int checkUsers,
    Duration retrainInterval,
    Duration stateTtl,
    FeedbackWeights weights,
    int tuneBudget) {

  /** EASE under the hybrid, seed 42, 300 check users, retraining every 10 minutes, no tuning. */
  public static final ServingOptions DEFAULTS =
      new ServingOptions(
          "ease",
          42,
          300,
          Duration.ofMinutes(10),
          Duration.ofMillis(500),
          FeedbackWeights.DEFAULTS,
          0);

  /** Options that train the base as written (no tuning). */
  public ServingOptions(
      String base,
      long seed,
      int checkUsers,
      Duration retrainInterval,
      Duration stateTtl,
      FeedbackWeights weights) {
    this(base, seed, checkUsers, retrainInterval, stateTtl, weights, 0);
  }

  /** Validates. */
  public ServingOptions {
    Arguments.requireNonBlank(base, "base");
    AlgorithmSpec spec = AlgorithmSpec.parse(base);
    if (spec.name().equals("hybrid-emotion")) {
      throw new IllegalArgumentException(
          "base must be a collaborative-filtering algorithm, not " + base);
    }
    // Fails naming an unknown algorithm (with the known ones) or a bad parameter.
    AlgorithmRegistry.discover().create(spec, AlgorithmContext.plain());
    Arguments.requireAtLeast(checkUsers, 0, "checkUsers");
    Objects.requireNonNull(retrainInterval, "retrainInterval is required");
    if (retrainInterval.isNegative()) {
      throw new IllegalArgumentException(
          "retrainInterval must not be negative: " + retrainInterval);
    }
    Objects.requireNonNull(stateTtl, "stateTtl is required");
    if (stateTtl.isNegative() || stateTtl.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException("stateTtl must be in [0, 1 s] but was " + stateTtl);
    }
    Objects.requireNonNull(weights, "weights is required");
    Arguments.requireAtLeast(tuneBudget, 0, "tuneBudget");
  }

  /** These options with another retraining interval. */
  public ServingOptions withRetrainInterval(Duration interval) {
    return new ServingOptions(base, seed, checkUsers, interval, stateTtl, weights, tuneBudget);
  }

  /** These options with another base algorithm spec. */
  public ServingOptions withBase(String spec) {
    return new ServingOptions(
        spec, seed, checkUsers, retrainInterval, stateTtl, weights, tuneBudget);
  }

  /** These options with another tuning budget (0: no tuning). */
  public ServingOptions withTuneBudget(int budget) {
    return new ServingOptions(base, seed, checkUsers, retrainInterval, stateTtl, weights, budget);
  }
}
