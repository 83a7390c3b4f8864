package dev.affectrec.serving;

import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.RecommendationRequest;
import dev.affectrec.hybrid.feedback.SatisfactionEstimates;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.Popularity;
import dev.affectrec.recommend.rank.RankingMetrics;
import dev.affectrec.recommend.rank.TopK;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Measures a training configuration on the store's own data: each of up to {@code users} sampled
 * users (seeded; those with at least 3 interactions) has their latest interaction held out (one
 * drawn with the same seed when several share the latest time), the hybrid is trained on the rest,
 * and the metrics of the held-out item are averaged for the served hybrid (policy and explanations
 * included), its CF base alone, and most-popular:
 *
 * <ul>
 *   <li>{@code ndcg@10}, {@code hr@10}: every held-out item relevant, every checked user counts;
 *   <li>{@code happy-ndcg@10}, {@code happy-hr@10}: over the users whose held-out interaction was
 *       happy by the store's satisfaction (rating events, rated reviews, returns, dislikes, review
 *       readings: {@link StoreTrainingData#satisfaction()}) or has no satisfaction signal at all
 *       (implicit feedback taken at face value, as the hybrid's own validation does); users held
 *       out on an interaction they were not happy with are left out ({@code check.happyUsers}
 *       counts the rest);
 *   <li>{@code unhappy-per-1k@10}: over every checked user, how many of the items recommended per
 *       1,000 are the held-out item of a user who was unhappy with it.
 * </ul>
 *
 * Stateless.
 */
final class HoldoutCheck {
  static final int K = 10;

  private HoldoutCheck() {}

  /**
   * Metric name to value; empty when fewer than 10 users qualify.
   *
   * @param satisfaction the store's satisfaction with each interaction, never null
   */
  static Map<String, Double> run(
      InteractionMatrix data,
      SatisfactionEstimates satisfaction,
      HybridEmotionTrainer trainer,
      int users,
      long seed) {
    List<Integer> eligible = new ArrayList<>();
    for (int u = 0; u < data.userCount(); u++) {
      if (data.rowLength(u) >= 3) {
        eligible.add(u);
      }
    }
    Random random = new Random(seed);
    Collections.shuffle(eligible, random);
    List<Integer> chosen = eligible.subList(0, Math.min(users, eligible.size()));
    if (chosen.size() < 10) {
      return Map.of();
    }
    Map<Integer, Integer> heldOut = new LinkedHashMap<>();
    Map<Integer, Long> heldOutTime = new LinkedHashMap<>();
    Map<Integer, Optional<Satisfaction>> heldOutSatisfaction = new LinkedHashMap<>();
    for (int u : chosen) {
      int latest = data.latestPosition(u, random);
      heldOut.put(u, data.rowItems()[latest]);
      heldOutTime.put(u, data.rowTimes()[latest]);
      heldOutSatisfaction.put(u, satisfaction.of(interaction(data, u, latest)));
    }
    List<Interaction> rest = new ArrayList<>(data.nonZeros());
    for (int u = 0; u < data.userCount(); u++) {
      Integer out = heldOut.get(u);
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        if (out == null || data.rowItems()[p] != out) {
          rest.add(interaction(data, u, p));
        }
      }
    }
    HybridEmotionModel model = trainer.train(InteractionMatrix.of(rest));
    EmotionAwareRecommender recommender = EmotionAwareRecommender.of(model);
    float[] popularity = Popularity.counts(model.data());
    Sums hybrid = new Sums();
    Sums cf = new Sums();
    Sums popular = new Sums();
    int happyUsers = 0;
    float[] scores = new float[model.items().size()];
    for (Map.Entry<Integer, Integer> e : heldOut.entrySet()) {
      Optional<Satisfaction> held = heldOutSatisfaction.get(e.getKey());
      boolean happy = held.map(Satisfaction::isHappy).orElse(true);
      boolean unhappy = held.map(Satisfaction::isUnhappy).orElse(false);
      happyUsers += happy ? 1 : 0;
      String user = data.users().id(e.getKey());
      int u = model.users().indexOf(user);
      if (u < 0) {
        continue;
      }
      BitSet seen = new BitSet(scores.length);
      for (int p = model.data().rowStart(u); p < model.data().rowEnd(u); p++) {
        seen.set(model.data().rowItems()[p]);
      }
      Instant at = Instant.ofEpochSecond(Math.max(0, heldOutTime.get(e.getKey())));
      int[] served =
          recommender.recommend(RecommendationRequest.of(user, K, at)).items().stream()
              .mapToInt(s -> model.items().indexOf(s.item()))
              .toArray();
      int target = model.items().indexOf(data.items().id(e.getValue()));
      hybrid.add(served, target, happy, unhappy);
      model.base().scoreUser(u, scores);
      cf.add(TopK.select(scores, K, seen).items(), target, happy, unhappy);
      popular.add(TopK.select(popularity, K, seen).items(), target, happy, unhappy);
    }
    int n = chosen.size();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("check.users", (double) n);
    out.put("check.happyUsers", (double) happyUsers);
    hybrid.into(out, "hybrid", n, happyUsers);
    cf.into(out, "cf", n, happyUsers);
    popular.into(out, "popular", n, happyUsers);
    return out;
  }

  /** Sums of one ranking's per-user metrics over the checked users. */
  private static final class Sums {
    private double ndcg;
    private double hit;
    private double happyNdcg;
    private double happyHit;
    private double unhappyPer1k;

    /** Adds one user's list for the single held-out {@code item}. */
    void add(int[] ranked, int item, boolean happy, boolean unhappy) {
      Set<Integer> relevant = Set.of(item);
      double userNdcg = RankingMetrics.ndcg(ranked, relevant, K);
      double userHit = RankingMetrics.hitRate(ranked, relevant, K);
      ndcg += userNdcg;
      hit += userHit;
      if (happy) {
        happyNdcg += userNdcg;
        happyHit += userHit;
      }
      if (unhappy && userHit > 0) {
        unhappyPer1k += 1000.0 / Math.min(K, ranked.length);
      }
    }

    /** Puts the means under {@code prefix}; the happy ones only when some user was happy. */
    void into(Map<String, Double> out, String prefix, int users, int happyUsers) {
      out.put(prefix + ".ndcg@10", ndcg / users);
      out.put(prefix + ".hr@10", hit / users);
      if (happyUsers > 0) {
        out.put(prefix + ".happy-ndcg@10", happyNdcg / happyUsers);
        out.put(prefix + ".happy-hr@10", happyHit / happyUsers);
      }
      out.put(prefix + ".unhappy-per-1k@10", unhappyPer1k / users);
    }
  }

  private static Interaction interaction(InteractionMatrix m, int u, int p) {
    return new Interaction(
        m.users().id(u), m.items().id(m.rowItems()[p]), m.rowValues()[p], m.rowTimes()[p]);
  }
}
