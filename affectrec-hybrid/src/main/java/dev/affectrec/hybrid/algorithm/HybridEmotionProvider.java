package dev.affectrec.hybrid.algorithm;

import dev.affectrec.api.emotion.TextRecognizerProvider;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SentimentWeightingConfig;
import dev.affectrec.hybrid.feedback.StarRatingProxy;
import dev.affectrec.hybrid.feedback.TextReviewReadings;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.hybrid.model.HybridTrainingConfig;
import dev.affectrec.hybrid.model.ServingConfig;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmProvider;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import java.util.Map;
import java.util.Set;

/**
 * Registers {@code hybrid-emotion} (found by ServiceLoader). Parameters: {@code base} (a built-in
 * algorithm name, default ease), {@code readings} ({@code none}, the identity-neutral default until
 * the text model is plugged in, {@code text}, the text emotion model's readings of the review
 * texts, or {@code stars}, the stated star-rating proxy), {@code weighting} (plain or sentiment),
 * {@code learn} (true or false), {@code policy} (mood-congruent, mood-regulating, neutral), {@code
 * policyStrength}, {@code mmrLambda}, {@code candidatePool}, {@code validationUsers}, {@code seed}.
 * Thread-safe.
 */
public final class HybridEmotionProvider implements AlgorithmProvider {
  /** The registered name. */
  public static final String NAME = "hybrid-emotion";

  @Override
  public Set<String> names() {
    return Set.of(NAME);
  }

  @Override
  public Trainer<? extends ScoringModel> create(
      String name, dev.affectrec.recommend.algorithm.Params p, AlgorithmContext context) {
    if (!NAME.equals(name)) {
      throw new IllegalArgumentException("not a hybrid algorithm: " + name);
    }
    String baseName = p.getString("base", "ease");
    if (baseName.equals(NAME)) {
      throw new IllegalArgumentException("base of hybrid-emotion must not be hybrid-emotion");
    }
    Trainer<? extends ScoringModel> base =
        AlgorithmRegistry.discover()
            .create(new AlgorithmSpec(baseName, Map.of(), baseName), context);
    String readingsName = p.getString("readings", "none");
    ReviewReadings readings =
        switch (readingsName) {
          case "none" -> ReviewReadings.NONE;
          case "stars" -> new StarRatingProxy();
          case "text" -> textReadings(context);
          default ->
              throw new IllegalArgumentException(
                  "readings of hybrid-emotion must be none, stars or text but was '"
                      + readingsName
                      + "'");
        };
    HybridTrainingConfig d = HybridTrainingConfig.defaults();
    ServingConfig s = ServingConfig.DEFAULTS;
    String policyName = p.getString("policy", s.policy().wireName());
    EmotionPolicy policy =
        EmotionPolicy.fromWireName(policyName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "policy of hybrid-emotion must be mood-congruent, mood-regulating or"
                            + " neutral but was '"
                            + policyName
                            + "'"));
    String weighting = p.getString("weighting", "sentiment");
    SentimentWeightingConfig w =
        switch (weighting) {
          case "plain" -> SentimentWeightingConfig.PLAIN;
          case "sentiment" -> SentimentWeightingConfig.SENTIMENT;
          default ->
              throw new IllegalArgumentException(
                  "weighting of hybrid-emotion must be plain or sentiment but was '"
                      + weighting
                      + "'");
        };
    HybridTrainingConfig config =
        new HybridTrainingConfig(
            w,
            p.getBoolean("learn", d.learn()),
            d.learner(),
            p.getInt("validationUsers", d.validationUsers()),
            p.getLong("seed", d.seed()),
            d.fusion(),
            d.itemProfiles(),
            d.reputationPrior(),
            new ServingConfig(
                policy,
                p.getDouble("policyStrength", s.policyStrength()),
                p.getDouble("mmrLambda", s.mmrLambda()),
                p.getInt("candidatePool", s.candidatePool())));
    return new HybridEmotionTrainer(base, config, readings);
  }

  /**
   * The text model's readings of the data's review texts (Amazon); none for data without text. The
   * model comes from the {@link TextRecognizerProvider} on the class path (affectrec-emotion).
   */
  private static ReviewReadings textReadings(AlgorithmContext context) {
    if (context.reviewTexts().isEmpty()) {
      return ReviewReadings.NONE;
    }
    TextRecognizerProvider provider =
        TextRecognizerProvider.discover()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "readings=text of hybrid-emotion needs the text emotion model"
                            + " (affectrec-emotion) on the class path"));
    return provider.withRecognizer(
        context.threads(),
        recognizer -> TextReviewReadings.read(context.reviewTexts(), recognizer));
  }
}
