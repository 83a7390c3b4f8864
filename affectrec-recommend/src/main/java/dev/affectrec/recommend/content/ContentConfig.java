package dev.affectrec.recommend.content;

/**
 * Configuration of {@link ContentTrainer}.
 *
 * @param binary whether every interaction weighs 1 in the user profile; otherwise it weighs its
 *     value (default false: a 5-star rating counts more than a 1-star one)
 */
public record ContentConfig(boolean binary) {

  /** Value-weighted profiles. */
  public static final ContentConfig DEFAULTS = new ContentConfig(false);
}
