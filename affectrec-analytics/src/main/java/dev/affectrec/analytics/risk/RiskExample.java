package dev.affectrec.analytics.risk;

import java.time.Instant;

/**
 * One prediction target: a user's review with enough history before it.
 *
 * @param user the user
 * @param time when the target review was written
 * @param full the full features of the history before it
 * @param ratings the ratings-only features of that history
 * @param low 1 when the target review has 1-2 stars, else 0
 */
public record RiskExample(String user, Instant time, double[] full, double[] ratings, int low) {}
