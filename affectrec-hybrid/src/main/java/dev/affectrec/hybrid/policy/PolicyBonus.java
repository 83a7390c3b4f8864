package dev.affectrec.hybrid.policy;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.hybrid.profile.ItemEmotions;
import dev.affectrec.hybrid.profile.MoodFit;
import java.util.Objects;

/**
 * The score change a policy gives one item. Pure, stateless and thread-safe.
 *
 * <ul>
 *   <li>NEUTRAL: 0.
 *   <li>MOOD_CONGRUENT: {@code confidence * evidence * fit(state, item)}.
 *   <li>MOOD_REGULATING: for a negative state ({@code valence < 0}), {@code confidence * evidence *
 *       fit(TARGET, item)} where TARGET is positive and calm (valence 0.8, arousal 0.2); 0 for a
 *       state that is not negative.
 * </ul>
 *
 * where confidence is the state's, evidence is the item profile's {@link ItemEmotions#evidence} and
 * fit is {@link MoodFit#fit}. So every bonus is in [0, 1].
 */
public final class PolicyBonus {
  /** Valence of the calm, positive target of mood regulation. */
  public static final double TARGET_VALENCE = 0.8;

  /** Arousal of the calm, positive target of mood regulation. */
  public static final double TARGET_AROUSAL = 0.2;

  private PolicyBonus() {}

  /** The bonus of {@code item} under {@code policy} for {@code state}, in [0, 1]. */
  public static double bonus(
      EmotionPolicy policy, EmotionState state, ItemEmotions items, int item) {
    Objects.requireNonNull(policy, "policy is required");
    Objects.requireNonNull(state, "state is required");
    double weight = state.confidence() * items.evidence(item);
    return switch (policy) {
      case NEUTRAL -> 0;
      case MOOD_CONGRUENT ->
          weight
              * MoodFit.fit(
                  state.valence(), state.arousal(), items.valence(item), items.arousal(item));
      case MOOD_REGULATING ->
          state.valence() >= 0
              ? 0
              : weight
                  * MoodFit.fit(
                      TARGET_VALENCE, TARGET_AROUSAL, items.valence(item), items.arousal(item));
    };
  }
}
