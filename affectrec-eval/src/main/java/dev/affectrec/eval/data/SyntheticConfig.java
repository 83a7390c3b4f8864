package dev.affectrec.eval.data;

import dev.affectrec.api.Arguments;

/**
 * What {@link SyntheticInteractions} generates: {@code interactions} distinct (user, item) pairs
 * over {@code users} users and {@code items} items, with item popularity and user activity both
 * following power laws by rank.
 *
 * <p>Item {@code r} (0-based rank, item 0 the most popular) is drawn with probability proportional
 * to {@code (r + 1)^-itemExponent} (Zipf; 1 is the classic web and catalogue skew, 0 uniform). User
 * {@code r} (user 0 the most active) gets one interaction plus a share of the rest proportional to
 * {@code (r + 1)^-userExponent}; 0.5 gives MovieLens 25M's spread (its heaviest user about 200
 * times the mean). No user has more than {@link #maxPerUser()} interactions, what a user cannot
 * take goes to the next users.
 *
 * @param interactions number of distinct (user, item) pairs, at least {@code users} (every user has
 *     one) and at most {@code users * maxPerUser()}
 * @param users number of users, at least 1
 * @param items number of items, at least 1
 * @param itemExponent Zipf exponent of item popularity, in [0, 4]
 * @param userExponent power-law exponent of user activity, in [0, 4]
 * @param seed seed of the draws: the same config always gives the same interactions
 */
public record SyntheticConfig(
    long interactions, int users, int items, double itemExponent, double userExponent, long seed) {

  /** Interactions per user in MovieLens 25M (25,000,095 ratings by 162,541 users): about 155. */
  public static final double MOVIELENS_PER_USER = 155;

  /** Interactions per item in MovieLens 25M (59,047 rated movies): about 420. */
  public static final double MOVIELENS_PER_ITEM = 420;

  /** Validates every field. */
  public SyntheticConfig {
    Arguments.requireAtLeast(users, 1, "users");
    Arguments.requireAtLeast(items, 1, "items");
    Arguments.requireInRange(itemExponent, 0, 4, "itemExponent");
    Arguments.requireInRange(userExponent, 0, 4, "userExponent");
    Arguments.requireAtLeast(interactions, users, "interactions (one per user at least)");
    long most = (long) users * maxPerUser(items);
    if (interactions > most) {
      throw new IllegalArgumentException(
          "interactions must be at most "
              + most
              + " ("
              + users
              + " users with at most "
              + maxPerUser(items)
              + " distinct items each) but was "
              + interactions
              + "; add users or items");
    }
  }

  /**
   * MovieLens 25M's proportions at any size: {@code interactions / 155} users and {@code
   * interactions / 420} items (25M gives 161,290 users and 59,523 items; MovieLens has 162,541 and
   * 59,047), item exponent 1, user exponent 0.5. Below about 130,000 interactions the catalogue is
   * widened to twice the mean interactions per user, so that every user's share fits.
   *
   * @throws IllegalArgumentException when {@code interactions} is below 1
   */
  public static SyntheticConfig movieLensShaped(long interactions, long seed) {
    Arguments.requireAtLeast(interactions, 1, "interactions");
    int users = (int) Math.max(1, Math.min(Integer.MAX_VALUE, interactions / MOVIELENS_PER_USER));
    long perUser = (interactions + users - 1) / users;
    long items = Math.max(2 * perUser, (long) (interactions / MOVIELENS_PER_ITEM));
    if (items > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("interactions too many for int item ids: " + interactions);
    }
    return new SyntheticConfig(interactions, users, (int) items, 1.0, 0.5, seed);
  }

  /** The most interactions one user can have: half the catalogue (at least one). */
  public int maxPerUser() {
    return maxPerUser(items);
  }

  private static int maxPerUser(int items) {
    return Math.max(1, items / 2);
  }
}
