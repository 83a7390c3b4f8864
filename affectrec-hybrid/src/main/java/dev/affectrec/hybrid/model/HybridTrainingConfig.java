package dev.affectrec.hybrid.model;

import dev.affectrec.api.Arguments;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.fusion.profile.ItemProfileConfig;
import dev.affectrec.hybrid.feedback.SatisfactionWeightingConfig;
import dev.affectrec.hybrid.score.CoordinateAscent;
import java.util.Objects;

/**
 * Configuration of {@link HybridEmotionTrainer}. Validated at construction. Its provenance
 * parameters are every component, nested records flattened ({@link
 * dev.affectrec.api.provenance.ConfigParameters}).
 *
 * @param weighting satisfaction weighting of the training data, never null
 * @param learn whether blend weights are learned; false keeps the CF score alone
 * @param learner the coordinate-ascent learner, never null
 * @param validationUsers at most this many users give their latest interaction to the validation
 *     split, at least 1 (default 2000)
 * @param seed seeds the choice of validation users
 * @param fusion user-state fusion, whose half-life decays old readings; never null
 * @param itemProfiles item profile configuration, never null
 * @param reputationPrior reputation pseudo-count, at least 0 (default 3)
 * @param serving serving-time re-ranking, never null
 */
public record HybridTrainingConfig(
    SatisfactionWeightingConfig weighting,
    boolean learn,
    CoordinateAscent learner,
    int validationUsers,
    long seed,
    FusionConfig fusion,
    ItemProfileConfig itemProfiles,
    double reputationPrior,
    ServingConfig serving) {

  /** Validates. */
  public HybridTrainingConfig {
    Objects.requireNonNull(weighting, "weighting is required");
    Objects.requireNonNull(learner, "learner is required");
    Arguments.requireAtLeast(validationUsers, 1, "validationUsers");
    Objects.requireNonNull(fusion, "fusion is required");
    Objects.requireNonNull(itemProfiles, "itemProfiles is required");
    Arguments.requireInRange(reputationPrior, 0, Double.MAX_VALUE, "reputationPrior");
    Objects.requireNonNull(serving, "serving is required");
  }

  /** Satisfaction weighting, learned blend, 2000 validation users, seed 42, default serving. */
  public static HybridTrainingConfig defaults() {
    return new HybridTrainingConfig(
        SatisfactionWeightingConfig.SATISFACTION,
        true,
        CoordinateAscent.DEFAULTS,
        2000,
        42,
        FusionConfig.defaults(),
        ItemProfileConfig.defaults(),
        3,
        ServingConfig.DEFAULTS);
  }
}
