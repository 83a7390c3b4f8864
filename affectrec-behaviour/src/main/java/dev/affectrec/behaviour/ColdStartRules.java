package dev.affectrec.behaviour;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.behaviour.features.Feature;
import dev.affectrec.behaviour.features.SessionFeatures;
import java.util.Objects;

/**
 * Transparent rules for sessions with too few events for the model, or when no model is loaded. The
 * first rule that matches, in the order below, decides; confidences are low on purpose:
 *
 * <table>
 * <caption>rules</caption>
 * <tr><th>rule</th><th>when</th><th>reading</th><th>confidence</th></tr>
 * <tr><td>return</td><td>a return in the session</td><td>negative: disgust .4, sadness .4,
 *     anger .2</td><td>0.35</td></tr>
 * <tr><td>frustration</td><td>at least 2 repeated clicks and an abandoned cart</td>
 *     <td>negative: anger .6, disgust .2, sadness .2</td><td>0.30</td></tr>
 * <tr><td>low-rating</td><td>ratings at least 1.5 stars below the user's own mean</td>
 *     <td>negative: sadness .4, anger .3, disgust .3</td><td>0.40</td></tr>
 * <tr><td>high-rating</td><td>ratings at least 1 star above the user's own mean</td>
 *     <td>positive: joy .8, surprise .2</td><td>0.40</td></tr>
 * <tr><td>engaged-purchase</td><td>a purchase and a dwell of at least 120 s</td>
 *     <td>positive: joy .7, neutral .3</td><td>0.30</td></tr>
 * <tr><td>failed-search</td><td>at least 3 search reformulations and no purchase</td>
 *     <td>negative: anger .5, sadness .3, neutral .2</td><td>0.20</td></tr>
 * <tr><td>skipping</td><td>at least 3 skips and no like</td><td>neutral .5, sadness .3,
 *     disgust .2</td><td>0.15</td></tr>
 * <tr><td>none</td><td>otherwise</td><td>neutral</td><td>0.05</td></tr>
 * </table>
 *
 * <p>The 120 s dwell threshold is above the 75th percentile (about 111 s) of the gap between views
 * in the DIGINETICA sample. Stateless and thread-safe.
 */
public final class ColdStartRules {
  private ColdStartRules() {}

  /** The verdict for {@code features}, never null. */
  public static RuleVerdict apply(SessionFeatures features) {
    Objects.requireNonNull(features, "features is required");
    if (features.get(Feature.RETURNS) >= 1) {
      return verdict("return", 0.35, 0.2, 0.4, 0, 0, 0.4, 0, 0);
    }
    if (features.get(Feature.REPEATED_CLICKS) >= 2
        && features.get(Feature.ABANDONED_CART_ITEMS) >= 1) {
      return verdict("frustration", 0.30, 0.6, 0.2, 0, 0, 0.2, 0, 0);
    }
    if (features.get(Feature.RATING_DEVIATION) <= -1.5) {
      return verdict("low-rating", 0.40, 0.3, 0.3, 0, 0, 0.4, 0, 0);
    }
    if (features.get(Feature.RATING_DEVIATION) >= 1.0) {
      return verdict("high-rating", 0.40, 0, 0, 0, 0.8, 0, 0.2, 0);
    }
    if (features.get(Feature.PURCHASES) >= 1 && features.get(Feature.DWELL_MAX) >= 120) {
      return verdict("engaged-purchase", 0.30, 0, 0, 0, 0.7, 0, 0, 0.3);
    }
    if (features.get(Feature.SEARCH_REFORMULATIONS) >= 3 && features.get(Feature.PURCHASES) == 0) {
      return verdict("failed-search", 0.20, 0.5, 0, 0, 0, 0.3, 0, 0.2);
    }
    if (features.get(Feature.SKIPS) >= 3 && features.get(Feature.LIKES) == 0) {
      return verdict("skipping", 0.15, 0, 0.2, 0, 0, 0.3, 0, 0.5);
    }
    return verdict("none", 0.05, 0, 0, 0, 0, 0, 0, 1);
  }

  private static RuleVerdict verdict(String rule, double confidence, double... emotions) {
    EmotionDistribution distribution = EmotionDistribution.of(emotions);
    double negative = emotions[0] + emotions[1] + emotions[2] + emotions[4];
    double positive = emotions[3] + emotions[5];
    PolarityScores polarity =
        PolarityScores.normalised(negative, Math.max(0, 1 - negative - positive), positive);
    return new RuleVerdict(rule, distribution, polarity, confidence);
  }
}
