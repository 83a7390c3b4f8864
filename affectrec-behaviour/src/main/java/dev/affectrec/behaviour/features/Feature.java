package dev.affectrec.behaviour.features;

/**
 * The features of a session, in vector order. Every feature is computed from the behaviour before
 * the outcome the model predicts ({@code SessionOutcome}), so the star ratings earlier in the
 * session are fair evidence and the model sees them. {@link #inModel()} stays for features a model
 * must not see; none today. A model file names the features it was trained on, so adding one here
 * keeps older model files loadable.
 */
public enum Feature {
  /** Number of events. */
  EVENT_COUNT(true),
  /** Seconds from the first to the last event. */
  DURATION_SECONDS(true),
  /** Events per minute, with the duration floored at one minute. */
  EVENTS_PER_MINUTE(true),
  /** Mean gap in seconds between consecutive events; 0 for one event. */
  MEAN_GAP_SECONDS(true),
  /** Mean dwell seconds over dwell events; 0 when there are none. */
  DWELL_MEAN(true),
  /** Largest dwell in seconds; 0 when there are none. */
  DWELL_MAX(true),
  /** Population variance of dwell seconds; 0 with fewer than two dwell events. */
  DWELL_VARIANCE(true),
  /** Clicks on the same item as the previous click within the burst gap. */
  REPEATED_CLICKS(true),
  /** Add-to-cart events. */
  CART_ADDS(true),
  /** Distinct items added to the cart and not purchased in the session. */
  ABANDONED_CART_ITEMS(true),
  /** Purchase events. */
  PURCHASES(true),
  /** Return events. */
  RETURNS(true),
  /** Skip events. */
  SKIPS(true),
  /** Search events. */
  SEARCHES(true),
  /** Consecutive searches whose queries differ but are within the reformulation distance. */
  SEARCH_REFORMULATIONS(true),
  /** Like events. */
  LIKES(true),
  /** Dislike events. */
  DISLIKES(true),
  /** Rate events plus review events with a value. */
  RATING_COUNT(true),
  /** Mean of (rating - user's prior mean rating) in the session; 0 without either. */
  RATING_DEVIATION(true),
  /** Hour of day (UTC) of the first event, 0 to 23. */
  HOUR_OF_DAY(true),
  /** ISO day of week of the first event, 1 (Monday) to 7. */
  DAY_OF_WEEK(true),
  /** The user's mean rating before this session; the history default when unknown. */
  USER_PRIOR_MEAN_RATING(true),
  /** Number of the user's earlier sessions. */
  USER_PRIOR_SESSIONS(true),
  /** Mean star value of the ratings in the session; the user's prior mean when it has none. */
  SESSION_MEAN_RATING(true),
  /** The star value of the session's latest rating; the user's prior mean when it has none. */
  LAST_RATING(true);

  private final boolean inModel;

  Feature(boolean inModel) {
    this.inModel = inModel;
  }

  /** Whether the trained model uses this feature. */
  public boolean inModel() {
    return inModel;
  }

  /** Lower-case name used as the model's feature name. */
  public String featureName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
