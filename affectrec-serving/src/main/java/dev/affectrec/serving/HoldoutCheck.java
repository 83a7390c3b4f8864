package dev.affectrec.serving;

import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.RecommendationRequest;
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
import java.util.Random;
import java.util.Set;

/**
 * Measures a training configuration on the store's own data: each of up to {@code users} sampled
 * users (seeded; those with at least 3 interactions) has their latest interaction held out, the
 * hybrid is trained on the rest, and NDCG@10 and HR@10 of the held-out item are averaged for the
 * served hybrid (policy and explanations included), its CF base alone, and most-popular. Stateless.
 */
final class HoldoutCheck {
  static final int K = 10;

  private HoldoutCheck() {}

  /** Metric name to value; empty when fewer than 10 users qualify. */
  static Map<String, Double> run(
      InteractionMatrix data, HybridEmotionTrainer trainer, int users, long seed) {
    List<Integer> eligible = new ArrayList<>();
    for (int u = 0; u < data.userCount(); u++) {
      if (data.rowLength(u) >= 3) {
        eligible.add(u);
      }
    }
    Collections.shuffle(eligible, new Random(seed));
    List<Integer> chosen = eligible.subList(0, Math.min(users, eligible.size()));
    if (chosen.size() < 10) {
      return Map.of();
    }
    Map<Integer, Integer> heldOut = new LinkedHashMap<>();
    Map<Integer, Long> heldOutTime = new LinkedHashMap<>();
    for (int u : chosen) {
      int latest = data.latestPosition(u);
      heldOut.put(u, data.rowItems()[latest]);
      heldOutTime.put(u, data.rowTimes()[latest]);
    }
    List<Interaction> rest = new ArrayList<>(data.nonZeros());
    for (int u = 0; u < data.userCount(); u++) {
      Integer out = heldOut.get(u);
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        if (out == null || data.rowItems()[p] != out) {
          rest.add(
              new Interaction(
                  data.users().id(u),
                  data.items().id(data.rowItems()[p]),
                  data.rowValues()[p],
                  data.rowTimes()[p]));
        }
      }
    }
    HybridEmotionModel model = trainer.train(InteractionMatrix.of(rest));
    EmotionAwareRecommender recommender = EmotionAwareRecommender.of(model);
    float[] popularity = Popularity.counts(model.data());
    double[] hybrid = new double[2];
    double[] cf = new double[2];
    double[] popular = new double[2];
    float[] scores = new float[model.items().size()];
    for (Map.Entry<Integer, Integer> e : heldOut.entrySet()) {
      String user = data.users().id(e.getKey());
      String item = data.items().id(e.getValue());
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
      int target = model.items().indexOf(item);
      add(hybrid, served, target);
      model.base().scoreUser(u, scores);
      add(cf, TopK.select(scores, K, seen).items(), target);
      add(popular, TopK.select(popularity, K, seen).items(), target);
    }
    int n = chosen.size();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("check.users", (double) n);
    out.put("hybrid.ndcg@10", hybrid[0] / n);
    out.put("hybrid.hr@10", hybrid[1] / n);
    out.put("cf.ndcg@10", cf[0] / n);
    out.put("cf.hr@10", cf[1] / n);
    out.put("popular.ndcg@10", popular[0] / n);
    out.put("popular.hr@10", popular[1] / n);
    return out;
  }

  /** Adds NDCG@K and the hit at K of {@code ranked} for the single relevant {@code item}. */
  private static void add(double[] sums, int[] ranked, int item) {
    Set<Integer> relevant = Set.of(item);
    sums[0] += RankingMetrics.ndcg(ranked, relevant, K);
    sums[1] += RankingMetrics.hitRate(ranked, relevant, K);
  }
}
