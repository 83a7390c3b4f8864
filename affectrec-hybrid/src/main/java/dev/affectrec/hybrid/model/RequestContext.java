package dev.affectrec.hybrid.model;

import dev.affectrec.api.emotion.EmotionState;

/**
 * What the scorer knows about one request besides the CF scores.
 *
 * @param state the user's emotional state, never null
 * @param timeBand a {@link dev.affectrec.hybrid.score.ContextBuckets#TIME_BANDS} entry, or null
 * @param dayKind a {@link dev.affectrec.hybrid.score.ContextBuckets#DAY_KINDS} entry, or null
 * @param device the request's device, or null
 * @param channel the request's channel, or null
 */
public record RequestContext(
    EmotionState state, String timeBand, String dayKind, String device, String channel) {

  /** Requires the state. */
  public RequestContext {
    java.util.Objects.requireNonNull(state, "state is required");
  }
}
