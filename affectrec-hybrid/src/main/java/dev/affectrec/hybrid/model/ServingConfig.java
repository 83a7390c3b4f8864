package dev.affectrec.hybrid.model;

import dev.affectrec.api.Arguments;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.Objects;

/**
 * How a hybrid model re-ranks at serving time. Validated at construction.
 *
 * @param policy the default emotion policy, never null
 * @param policyStrength how much a policy bonus in [0, 1] adds to a blended score, in [0, 10]
 *     (default 0.3)
 * @param mmrLambda relevance against diversity for MMR, in [0, 1]; 1 turns MMR off (default 0.8)
 * @param candidatePool how many blended candidates the policy and MMR re-rank, at least 1 (default
 *     100)
 */
public record ServingConfig(
    EmotionPolicy policy, double policyStrength, double mmrLambda, int candidatePool) {

  /** Mood-regulating, strength 0.3, MMR lambda 0.8, 100 candidates. */
  public static final ServingConfig DEFAULTS =
      new ServingConfig(EmotionPolicy.MOOD_REGULATING, 0.3, 0.8, 100);

  /** No policy and no MMR: the plain learned blend. */
  public static final ServingConfig BLEND_ONLY =
      new ServingConfig(EmotionPolicy.NEUTRAL, 0, 1, 100);

  /** Validates. */
  public ServingConfig {
    Objects.requireNonNull(policy, "policy is required");
    Arguments.requireInRange(policyStrength, 0, 10, "policyStrength");
    Arguments.requireInRange(mmrLambda, 0, 1, "mmrLambda");
    Arguments.requireAtLeast(candidatePool, 1, "candidatePool");
  }
}
