package dev.affectrec.hybrid;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 */
public record RecommendationRequest(
    String user,
    int k,
    EmotionPolicy policy,
    Instant now,
    EventContext context,
    List<ItemReading> recentReviews,
    Set<String> exclude) {

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
  }

  /** A request with the default policy, no context, no reviews and no exclusions. */
  public static RecommendationRequest of(String user, int k, Instant now) {
    return new RecommendationRequest(user, k, null, now, null, List.of(), Set.of());
  }
}
