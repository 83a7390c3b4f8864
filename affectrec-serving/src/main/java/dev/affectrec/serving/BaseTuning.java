package dev.affectrec.serving;

import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.tune.HoldoutObjective;
import dev.affectrec.recommend.tune.ModelSearch;
import dev.affectrec.recommend.tune.SearchResult;
import java.util.Map;

/**
 * The base the serving trainer trains: the options' spec as written, or with {@code serve --tune}
 * the winner of a {@link ModelSearch} over the spec's built-in search space, each candidate trained
 * on the store's interactions with 20% of each user's held out (seeded by the options' seed) and
 * measured by NDCG@10 on them. Stateless.
 */
final class BaseTuning {
  /** Fewer validation users than this: the spec is kept as written. */
  static final int MIN_USERS = 10;

  private BaseTuning() {}

  /**
   * What to train and why.
   *
   * @param spec the base to train
   * @param metrics {@code tune.trials} and, when a search ran, {@code tune.ndcg10.chosen} and
   *     {@code tune.ndcg10.asWritten} (validation values); empty without tuning
   * @param description one line for the log, empty without tuning
   */
  record Choice(AlgorithmSpec spec, Map<String, Double> metrics, String description) {}

  static Choice choose(ServingOptions options, InteractionMatrix data, AlgorithmRegistry registry) {
    AlgorithmSpec spec = AlgorithmSpec.parse(options.base());
    if (options.tuneBudget() == 0) {
      return new Choice(spec, Map.of(), "");
    }
    HoldoutObjective objective =
        new HoldoutObjective(data, registry, AlgorithmContext.plain(), 0.2, 10, options.seed());
    if (objective.validationUsers() < MIN_USERS) {
      return new Choice(
          spec,
          Map.of("tune.trials", 0.0),
          "kept "
              + spec.label()
              + ": "
              + objective.validationUsers()
              + " users with two interactions or more, too few to tune on");
    }
    SearchResult result =
        new ModelSearch(options.tuneBudget(), options.seed()).search(spec, objective);
    return new Choice(
        result.chosen(),
        Map.of(
            "tune.trials", (double) result.trials(),
            "tune.ndcg10.chosen", result.chosenScore(),
            "tune.ndcg10.asWritten", result.givenScore()),
        result.describe());
  }
}
