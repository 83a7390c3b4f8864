package dev.affectrec.behaviour.features;

import dev.affectrec.api.Arguments;

/**
 * What is known about a user before a session.
 *
 * @param priorSessions earlier sessions, at least 0
 * @param priorRatings earlier ratings, at least 0
 * @param meanRating mean of the earlier ratings, finite; meaningful only when {@code priorRatings >
 *     0}, otherwise the population default
 */
public record UserHistory(int priorSessions, int priorRatings, double meanRating) {

  /** The default rating mean of a user nobody knows: the middle of a 1-5 scale. */
  public static final double DEFAULT_MEAN_RATING = 3.0;

  /** An unknown user: no sessions, no ratings. */
  public static final UserHistory UNKNOWN = new UserHistory(0, 0, DEFAULT_MEAN_RATING);

  /** Validates the fields. */
  public UserHistory {
    Arguments.requireAtLeast(priorSessions, 0, "priorSessions");
    Arguments.requireAtLeast(priorRatings, 0, "priorRatings");
    Arguments.requireFinite(meanRating, "meanRating");
  }

  /** Whether the user has rated anything before. */
  public boolean knowsRatings() {
    return priorRatings > 0;
  }
}
