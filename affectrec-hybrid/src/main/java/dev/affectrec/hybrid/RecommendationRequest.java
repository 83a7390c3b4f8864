package dev.affectrec.hybrid;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * One request to {@link EmotionAwareRecommender}.
 *
 * @param user non-blank
 * @param k how many items, at least 1
 * @param policy the policy, or null for the model's default
 * @param now the request time, never null
 * @param context the request's device and channel; null means {@link EventContext#EMPTY}
 * @param recentReviews the user's recent reviews with their readings (the reading function's
 *     output), never null; newest last
 * @param exclude item ids never to show, never null
 * @param state the user's current fused emotional state, or null to fuse it from {@code
 *     recentReviews} (or use the state stored at training)
 * @param recentInteractions interactions that arrived after the model was trained, item id to a
 *     positive weight, never null; when non-empty the user's scores are folded in from their
 *     training history plus these, so a new event changes the answer without retraining
 * @param livePopularity extra interactions per catalogue item index since training (added to the
 *     popularity feature), or null for none; must be safe to call from the request thread
 */
public record RecommendationRequest(
    String user,
    int k,
    EmotionPolicy policy,
    Instant now,
    EventContext context,
    List<ItemReading> recentReviews,
    Set<String> exclude,
    EmotionState state,
    Map<String, Float> recentInteractions,
    IntToDoubleFunction livePopularity) {

  /** A review of {@code item} and its emotion reading. */
  public record ItemReading(String item, EmotionReading reading) {
    /** Validates. */
    public ItemReading {
      Arguments.requireNonBlank(item, "item");
      Objects.requireNonNull(reading, "reading is required");
    }
  }

  /** Validates and copies. */
  public RecommendationRequest {
    Arguments.requireNonBlank(user, "user");
    Arguments.requireAtLeast(k, 1, "k");
    Objects.requireNonNull(now, "now is required");
    context = context == null ? EventContext.EMPTY : context;
    recentReviews = List.copyOf(Objects.requireNonNull(recentReviews, "recentReviews is required"));
    exclude = Set.copyOf(Objects.requireNonNull(exclude, "exclude is required"));
    Objects.requireNonNull(recentInteractions, "recentInteractions is required");
    for (Map.Entry<String, Float> e : recentInteractions.entrySet()) {
      Arguments.requireNonBlank(e.getKey(), "recentInteractions item");
      if (!(e.getValue() > 0) || !Float.isFinite(e.getValue())) {
        throw new IllegalArgumentException(
            "recentInteractions weight of item '"
                + e.getKey()
                + "' must be positive and finite but was "
                + e.getValue());
      }
    }
    recentInteractions =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recentInteractions));
  }

  /** A request without a state override, recent interactions or live popularity. */
  public RecommendationRequest(
      String user,
      int k,
      EmotionPolicy policy,
      Instant now,
      EventContext context,
      List<ItemReading> recentReviews,
      Set<String> exclude) {
    this(user, k, policy, now, context, recentReviews, exclude, null, Map.of(), null);
  }

  /** A request with the default policy, no context, no reviews and no exclusions. */
  public static RecommendationRequest of(String user, int k, Instant now) {
    return new RecommendationRequest(user, k, null, now, null, List.of(), Set.of());
  }
}
