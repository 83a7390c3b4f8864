package dev.affectrec.bench.hybrid;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.bench.ServingLatencyBenchmark;
import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.Recommendation;
import dev.affectrec.hybrid.RecommendationRequest;
import dev.affectrec.hybrid.feedback.StarRatingProxy;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.hybrid.model.HybridTrainingConfig;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.ease.EaseConfig;
import dev.affectrec.recommend.ease.EaseTrainer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * One recommendation of 10 items for a MovieLens 100K sized model (943 users, 1,682 items, 100,000
 * synthetic ratings with a popularity skew, EASE base): {@link #cfTopK} is the plain CF top-10
 * baseline; {@link #hybridWithPolicyAndExplanations} is the full {@link EmotionAwareRecommender}
 * path (blend, mood-regulating policy, the negative-review rule for one just-disliked item, MMR and
 * bilingual explanations). Readings are the star-rating proxy. SampleTime reports p99.
 */
public class HybridServing extends ServingLatencyBenchmark {
  private static final int USERS = 943;
  private static final int ITEMS = 1_682;
  private static final int RATINGS = 100_000;

  private HybridEmotionModel model;
  private EmotionAwareRecommender recommender;
  private final SplittableRandom random = new SplittableRandom(11);
  private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

  /** Trains the hybrid once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7);
    List<Interaction> data = new ArrayList<>(RATINGS);
    for (int n = 0; n < RATINGS; n++) {
      int item = (int) (ITEMS * Math.pow(r.nextDouble(), 2));
      data.add(
          new Interaction(
              "u" + r.nextInt(USERS), "i" + item, 1 + r.nextInt(5), 880_000_000L + n * 60L));
    }
    model =
        new HybridEmotionTrainer(
                new EaseTrainer(EaseConfig.DEFAULTS),
                HybridTrainingConfig.defaults(),
                new StarRatingProxy())
            .train(InteractionMatrix.of(data));
    recommender = EmotionAwareRecommender.of(model);
  }

  /** Plain CF top-10 for one user: the baseline. */
  @Benchmark
  public List<ScoredItem> cfTopK() {
    return model.base().recommend("u" + random.nextInt(USERS), 10, Set.of());
  }

  /** The full emotion-aware path for one user who just reviewed one item angrily. */
  @Benchmark
  public Recommendation hybridWithPolicyAndExplanations() {
    String user = "u" + random.nextInt(USERS);
    String disliked = "i" + random.nextInt(200);
    RecommendationRequest request =
        new RecommendationRequest(
            user,
            10,
            EmotionPolicy.MOOD_REGULATING,
            now,
            null,
            List.of(
                new RecommendationRequest.ItemReading(
                    disliked, StarRatingProxy.reading(user, 1, now.getEpochSecond()))),
            Set.of());
    return recommender.recommend(request);
  }
}
