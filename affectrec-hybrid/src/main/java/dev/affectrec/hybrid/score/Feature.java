package dev.affectrec.hybrid.score;

import java.util.Locale;

/** The features of the hybrid scorer, in the order of feature vectors. */
public enum Feature {
  /** Collaborative-filtering score, scaled to [0, 1] per user. */
  CF,
  /** Content-based score, scaled to [0, 1] per user; 0 without a content model. */
  CONTENT,
  /** log(1 + interactions) over log(1 + the largest count), in [0, 1]. */
  POPULARITY,
  /** Mood fit between the user's state and the item's profile, weighted by evidence, in [0, 1]. */
  MOOD_FIT,
  /** The item's emotional reputation, in [-1, 1]. */
  REPUTATION,
  /** Lift of the item in the request's time-of-day band, in [-1, 1]. */
  CONTEXT_TIME,
  /** Lift of the item on the request's kind of day (weekday or weekend), in [-1, 1]. */
  CONTEXT_DAY,
  /** Lift of the item on the request's device, in [-1, 1]; 0 when unknown. */
  CONTEXT_DEVICE,
  /** Lift of the item on the request's channel, in [-1, 1]; 0 when unknown. */
  CONTEXT_CHANNEL;

  /** The number of features. */
  public static final int COUNT = values().length;

  /** Lower-case name for files and logs. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
