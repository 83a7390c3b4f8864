package dev.affectrec.hybrid.model;

import dev.affectrec.api.emotion.EmotionState;
import java.util.function.IntToDoubleFunction;

/**
 * What the scorer knows about one request besides the CF scores.
 *
 * @param state the user's emotional state, never null
 * @param timeBand a {@link dev.affectrec.hybrid.score.ContextBuckets#TIME_BANDS} entry, or null
 * @param dayKind a {@link dev.affectrec.hybrid.score.ContextBuckets#DAY_KINDS} entry, or null
 * @param device the request's device, or null
 * @param channel the request's channel, or null
 * @param livePopularity interactions per item index since training, added to the trained
 *     popularity; null for none
 */
public record RequestContext(
    EmotionState state,
    String timeBand,
    String dayKind,
    String device,
    String channel,
    IntToDoubleFunction livePopularity) {

  /** Requires the state. */
  public RequestContext {
    java.util.Objects.requireNonNull(state, "state is required");
  }

  /** A context without live popularity. */
  public RequestContext(
      EmotionState state, String timeBand, String dayKind, String device, String channel) {
    this(state, timeBand, dayKind, device, channel, null);
  }
}
