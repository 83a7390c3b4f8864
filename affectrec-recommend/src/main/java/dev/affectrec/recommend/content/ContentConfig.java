package dev.affectrec.recommend.content;

import java.util.Map;

/**
 * Configuration of {@link ContentTrainer}.
 *
 * @param binary whether every interaction weighs 1 in the user profile; otherwise it weighs its
 *     value (default false: a 5-star rating counts more than a 1-star one)
 */
public record ContentConfig(boolean binary) {

  /** Value-weighted profiles. */
  public static final ContentConfig DEFAULTS = new ContentConfig(false);

  /** The parameters as strings, for provenance. */
  public Map<String, String> parameters() {
    return Map.of("binary", Boolean.toString(binary));
  }
}
