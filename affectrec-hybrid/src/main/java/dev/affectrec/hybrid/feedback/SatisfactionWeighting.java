package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an interaction and its satisfaction estimate into a training weight. Stateless,
 * thread-safe.
 */
public final class SatisfactionWeighting {
  private SatisfactionWeighting() {}

  /**
   * The weight of an interaction of strength {@code base} with satisfaction {@code estimate}.
   *
   * @param base the plain weight, finite
   * @param estimate the interaction's satisfaction, or null when nothing is known
   * @param config never null
   * @return {@code base} in plain mode or without an estimate; {@code base * negativeWeight} for a
   *     dislike (evidence at most the threshold); otherwise {@code base * (1 + strength *
   *     evidence)}
   */
  public static float weight(
      float base, Satisfaction estimate, SatisfactionWeightingConfig config) {
    Objects.requireNonNull(config, "config is required");
    if (config.mode() == SatisfactionWeightingConfig.Mode.PLAIN || estimate == null) {
      return base;
    }
    double evidence = estimate.evidence();
    if (evidence <= config.negativeThreshold()) {
      return (float) (base * config.negativeWeight());
    }
    return (float) (base * (1 + config.strength() * evidence));
  }

  /**
   * Reweights every interaction; interactions whose weight becomes 0 or less are dropped, since
   * they carry no positive signal.
   *
   * @param interactions never null
   * @param estimates the satisfaction of an interaction, never null
   * @param config never null
   */
  public static List<Interaction> apply(
      List<Interaction> interactions,
      SatisfactionEstimates estimates,
      SatisfactionWeightingConfig config) {
    Objects.requireNonNull(interactions, "interactions is required");
    Objects.requireNonNull(estimates, "estimates is required");
    List<Interaction> out = new ArrayList<>(interactions.size());
    for (Interaction i : interactions) {
      float w = weight(i.value(), estimates.of(i).orElse(null), config);
      if (w > 0) {
        out.add(w == i.value() ? i : new Interaction(i.user(), i.item(), w, i.time()));
      }
    }
    return out;
  }
}
