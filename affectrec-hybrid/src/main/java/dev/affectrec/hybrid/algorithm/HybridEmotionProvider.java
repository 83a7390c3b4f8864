package dev.affectrec.hybrid.algorithm;

import dev.affectrec.api.emotion.TextRecognizerProvider;
import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.hybrid.feedback.InteractionContexts;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SatisfactionEstimates;
import dev.affectrec.hybrid.feedback.SatisfactionWeightingConfig;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registers {@code hybrid-emotion} (found by ServiceLoader). Parameters: {@code base} (a built-in
 * algorithm name, default ease), {@code readings} (which affect signals estimate each interaction's
 * satisfaction: {@code auto}, the default, uses every signal the data has: explicit ratings when
 * the values are ratings ({@link AlgorithmContext#ratings()}) and the text model's readings of the
 * review texts when there are texts and the model is on the class path; the ablation options are
 * {@code none} (no signal: plain weighting, constant emotion features), {@code stars} (the ratings
 * alone, with the star-rating proxy as emotion reading) and {@code text} (the review texts alone)),
 * {@code weighting} (plain or satisfaction; sentiment is an old name of satisfaction), {@code
 * learn} (true or false), {@code policy} (mood-congruent, mood-regulating, neutral), {@code
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
    String readingsName = p.getString("readings", "auto");
    ReviewReadings text =
        readingsName.equals("auto") || readingsName.equals("text")
            ? textReadings(context, readingsName.equals("text"))
            : ReviewReadings.NONE;
    SatisfactionEstimates textSatisfaction =
        SatisfactionEstimates.readings(text, SatisfactionEstimates.TEXT_RELIABILITY);
    Optional<RatingScale> scale = context.ratings();
    ReviewReadings readings;
    SatisfactionEstimates satisfaction;
    switch (readingsName) {
      case "auto" -> {
        readings = text;
        List<SatisfactionEstimates> sources = new ArrayList<>();
        scale.ifPresent(r -> sources.add(SatisfactionEstimates.ratings(r)));
        sources.add(textSatisfaction);
        satisfaction = SatisfactionEstimates.combining(sources);
      }
      case "none" -> {
        readings = ReviewReadings.NONE;
        satisfaction = SatisfactionEstimates.NONE;
      }
      case "stars" -> {
        readings = new StarRatingProxy();
        satisfaction = SatisfactionEstimates.ratings(scale.orElse(RatingScale.FIVE_STARS));
      }
      case "text" -> {
        readings = text;
        satisfaction = textSatisfaction;
      }
      default ->
          throw new IllegalArgumentException(
              "readings of hybrid-emotion must be auto, none, stars or text but was '"
                  + readingsName
                  + "'");
    }
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
    String weighting = p.getString("weighting", "satisfaction");
    SatisfactionWeightingConfig w =
        switch (weighting) {
          case "plain" -> SatisfactionWeightingConfig.PLAIN;
          case "satisfaction", "sentiment" -> SatisfactionWeightingConfig.SATISFACTION;
          default ->
              throw new IllegalArgumentException(
                  "weighting of hybrid-emotion must be plain or satisfaction but was '"
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
    return new HybridEmotionTrainer(
        base, config, readings, satisfaction, InteractionContexts.NONE, Clock.systemUTC());
  }

  /**
   * The text model's readings of the data's review texts (Amazon); none for data without text. The
   * model comes from the {@link TextRecognizerProvider} on the class path (affectrec-emotion).
   *
   * @param required whether a missing text model is an error ({@code readings=text}) rather than a
   *     signal the data simply lacks ({@code readings=auto})
   */
  private static ReviewReadings textReadings(AlgorithmContext context, boolean required) {
    if (context.reviewTexts().isEmpty()) {
      return ReviewReadings.NONE;
    }
    Optional<TextRecognizerProvider> provider = TextRecognizerProvider.discover();
    if (provider.isEmpty()) {
      if (required) {
        throw new IllegalStateException(
            "readings=text of hybrid-emotion needs the text emotion model"
                + " (affectrec-emotion) on the class path");
      }
      return ReviewReadings.NONE;
    }
    return provider
        .get()
        .withRecognizer(
            context.threads(),
            recognizer -> TextReviewReadings.read(context.reviewTexts(), recognizer));
  }
}
