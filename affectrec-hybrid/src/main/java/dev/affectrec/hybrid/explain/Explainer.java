package dev.affectrec.hybrid.explain;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.recommend.Reason;
import dev.affectrec.api.recommend.ReasonType;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.policy.Candidate;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.hybrid.policy.PolicyBonus;
import dev.affectrec.hybrid.profile.ItemEmotions;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Chooses the reasons of a recommended item. Every item gets at least one reason:
 *
 * <ul>
 *   <li>the reasons it already carries (for example {@code alternative_to});
 *   <li>{@code similar_to} the most similar item of the user's history (similarity at least {@link
 *       #MIN_SIMILARITY});
 *   <li>{@code mood_fit} when the policy's bonus is at least {@link #MIN_MOOD_FIT};
 *   <li>{@code highly_rated_by_positive_reviewers} for at least 3 readings and reputation at least
 *       {@link #MIN_REPUTATION};
 *   <li>{@code popular_with} everyone when nothing else applies.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class Explainer {
  /** Least history similarity for a {@code similar_to} reason. */
  public static final double MIN_SIMILARITY = 0.05;

  /** Least policy bonus for a {@code mood_fit} reason. */
  public static final double MIN_MOOD_FIT = 0.1;

  /** Least reputation for {@code highly_rated_by_positive_reviewers}. */
  public static final double MIN_REPUTATION = 0.3;

  private static final int HISTORY_LOOKBACK = 50;

  private final HybridEmotionModel model;
  private final IntFunction<String> names;

  /** Explains with {@code model}'s data; {@code names} maps an index to a display name. */
  public Explainer(HybridEmotionModel model, IntFunction<String> names) {
    this.model = Objects.requireNonNull(model, "model is required");
    this.names = Objects.requireNonNull(names, "names is required");
  }

  /**
   * The reasons of {@code candidate} for training user {@code user} (-1 when unknown).
   *
   * @return never empty
   */
  public List<Reason> reasons(
      Candidate candidate, int user, EmotionPolicy policy, EmotionState state) {
    List<Reason> out = new ArrayList<>(candidate.reasons());
    int item = candidate.item();
    boolean alternative = out.stream().anyMatch(r -> r.type() == ReasonType.ALTERNATIVE_TO);
    if (user >= 0 && !alternative) {
      int similar = mostSimilarLiked(user, item);
      if (similar >= 0) {
        String name = names.apply(similar);
        out.add(ReasonTexts.similarTo(model.items().id(similar), name));
      }
    }
    ItemEmotions emotions = model.emotions();
    if (PolicyBonus.bonus(policy, state, emotions, item) >= MIN_MOOD_FIT) {
      out.add(ReasonTexts.moodFit(emotions.top(item), policy == EmotionPolicy.MOOD_REGULATING));
    }
    if (emotions.readings(item) >= 3 && emotions.reputation(item) >= MIN_REPUTATION) {
      out.add(ReasonTexts.highlyRatedByPositiveReviewers(emotions.readings(item)));
    }
    if (out.isEmpty()) {
      out.add(ReasonTexts.popularWith(null));
    }
    return out;
  }

  private int mostSimilarLiked(int user, int item) {
    InteractionMatrix data = model.data();
    int best = -1;
    double bestSim = MIN_SIMILARITY;
    int start = Math.max(data.rowStart(user), data.rowEnd(user) - HISTORY_LOOKBACK);
    for (int p = start; p < data.rowEnd(user); p++) {
      int j = data.rowItems()[p];
      if (data.rowValues()[p] <= 0) {
        continue;
      }
      double sim = model.similarity().similarity(j, item);
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
      }
    }
    return best;
  }
}
