package dev.affectrec.hybrid;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link EmotionAwareRecommender}: items best first, each with at least one reason,
 * the policy applied and the user's emotional state that was used.
 *
 * @param user non-blank
 * @param policy never null
 * @param state never null
 * @param items never null; copied
 */
public record Recommendation(
    String user, EmotionPolicy policy, EmotionState state, List<ScoredItem> items) {

  /** Validates and copies. */
  public Recommendation {
    Objects.requireNonNull(policy, "policy is required");
    Objects.requireNonNull(state, "state is required");
    items = List.copyOf(items);
  }
}
