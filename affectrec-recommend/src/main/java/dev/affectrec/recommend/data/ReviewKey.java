package dev.affectrec.recommend.data;

/**
 * The key that ties a review text to the interaction it was written with: user, item and time
 * joined by tabs. Readers of review texts key them with it and consumers of {@code
 * AlgorithmContext#reviewTexts} look them up with it. Stateless and thread-safe.
 */
public final class ReviewKey {
  private ReviewKey() {}

  /** The key of {@code interaction}'s review. */
  public static String of(Interaction interaction) {
    return of(interaction.user(), interaction.item(), interaction.time());
  }

  /** The key of a review by {@code user} of {@code item} at {@code time} (epoch seconds). */
  public static String of(String user, String item, long time) {
    return user + '\t' + item + '\t' + time;
  }
}
