package dev.affectrec.hybrid;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SatisfactionWeightingConfig;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.hybrid.model.HybridTrainingConfig;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.knn.ItemKnnConfig;
import dev.affectrec.recommend.knn.ItemKnnTrainer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built readings and a small catalogue for the hybrid tests. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private Fixtures() {}

  /** A hand-built text reading of {@code emotion} with confidence 0.9. */
  public static EmotionReading reading(String user, Emotion emotion, Instant time) {
    PolarityScores polarity =
        emotion == Emotion.JOY
            ? new PolarityScores(0, 0, 1)
            : emotion == Emotion.NEUTRAL ? PolarityScores.NEUTRAL : new PolarityScores(1, 0, 0);
    return EmotionReading.derived(
        Modality.TEXT,
        Subject.user(user),
        time,
        EmotionDistribution.pointMass(emotion),
        polarity,
        0.8,
        0.9,
        "hand-built",
        null);
  }

  /**
   * Eight reviewers bought x, y1, y2, y3 and a1: they loved y1 and y2, hated y3, were lukewarm on
   * x. Four others bought a1, a2 and b1. Alice bought a1 and a2.
   */
  public record Shop(InteractionMatrix data, ReviewReadings readings) {}

  public static Shop shop() {
    List<Interaction> interactions = new ArrayList<>();
    Map<String, EmotionReading> reviews = new HashMap<>();
    long t = T0.getEpochSecond();
    for (int r = 0; r < 8; r++) {
      String u = "reviewer" + r;
      for (String item : new String[] {"x", "y1", "y2", "y3", "a1"}) {
        interactions.add(new Interaction(u, item, 1, t + r * 60L));
      }
      reviews.put(u + "|y1", reading(u, Emotion.JOY, T0));
      reviews.put(u + "|y2", reading(u, Emotion.JOY, T0));
      reviews.put(u + "|y3", reading(u, Emotion.ANGER, T0));
      reviews.put(u + "|x", reading(u, r % 2 == 0 ? Emotion.JOY : Emotion.SADNESS, T0));
    }
    for (int r = 0; r < 4; r++) {
      String u = "browser" + r;
      for (String item : new String[] {"a1", "a2", "b1"}) {
        interactions.add(new Interaction(u, item, 1, t + r * 30L));
      }
    }
    interactions.add(new Interaction("alice", "a1", 1, t));
    interactions.add(new Interaction("alice", "a2", 1, t + 5));
    ReviewReadings readings = i -> Optional.ofNullable(reviews.get(i.user() + "|" + i.item()));
    return new Shop(InteractionMatrix.of(interactions), readings);
  }

  /**
   * The hybrid trained on the shop with an item-kNN base and plain weighting. The blend is not
   * learned here (the shop is far too small for a validation split), so outcomes can be checked by
   * hand; learning is tested on hand-computed queries in ScoringTest.
   */
  public static HybridEmotionModel trainShop() {
    Shop shop = shop();
    return new HybridEmotionTrainer(itemKnnBase(), plainConfig(), shop.readings())
        .train(shop.data());
  }

  /** The item-kNN base of {@link #trainShop}: 20 neighbours, no shrinkage, binary, one thread. */
  public static ItemKnnTrainer itemKnnBase() {
    return new ItemKnnTrainer(new ItemKnnConfig(20, 0, true, 1));
  }

  /** The defaults with plain sentiment weighting and a fixed, unlearned blend. */
  public static HybridTrainingConfig plainConfig() {
    HybridTrainingConfig d = HybridTrainingConfig.defaults();
    return new HybridTrainingConfig(
        SatisfactionWeightingConfig.PLAIN,
        false,
        d.learner(),
        20,
        7,
        d.fusion(),
        d.itemProfiles(),
        d.reputationPrior(),
        d.serving());
  }
}
