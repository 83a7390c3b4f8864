package dev.affectrec.eval.harness;

import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.eval.metric.BeyondAccuracy;
import dev.affectrec.eval.metric.ErrorMetrics;
import dev.affectrec.eval.metric.Exposure;
import dev.affectrec.eval.metric.SatisfactionMetrics;
import dev.affectrec.io.progress.ProgressBar;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.RatingPredictor;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.RankingMetrics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures one trained model on one split: ranks all items for every test user known in training
 * (training items excluded) and, for rating predictors, predicts every test pair. Besides the plain
 * metrics (every held-out item relevant) it measures the satisfaction-aware ones of {@link
 * SatisfactionMetrics} from the split's {@link TestRelevance}. A per-user value is NaN when the
 * user does not count for the metric (no happy held-out item, not in the cold slice, no rating
 * scale); the harness leaves NaN out of the means. Not thread-safe.
 */
final class SplitEvaluator {
  private final InteractionMatrix train;
  private final List<Interaction> test;
  private final List<Integer> cutoffs;
  private final int primary;
  private final boolean rated;
  private final TestRelevance relevance;

  /**
   * @param k the primary cutoff (one of {@code cutoffs}), where exposure and the cold slice are
   *     measured
   * @param scale the rating scale of the values, or null for implicit feedback
   */
  SplitEvaluator(
      InteractionMatrix train,
      List<Interaction> test,
      List<Integer> cutoffs,
      int k,
      RatingScale scale) {
    this.train = train;
    this.test = test;
    this.cutoffs = cutoffs;
    this.primary = k;
    this.rated = scale != null;
    this.relevance = TestRelevance.of(train, test, scale);
  }

  /** The number of test users that will be ranked. */
  int rankedUsers() {
    return relevance.all().size();
  }

  /**
   * Per-user metric values (key to one value per ranked user, aligned with {@code users}),
   * whole-split values, each ranked user's id and the top-k list (indices into {@code items}) the
   * values were measured on.
   */
  record Measured(
      Map<String, double[]> perUser,
      Map<String, Double> perSplit,
      List<String> users,
      List<Ranking> lists,
      IdIndex items) {}

  Measured measure(ScoringModel model, ProgressBar progress) {
    int maxK = cutoffs.get(cutoffs.size() - 1);
    int users = rankedUsers();
    Map<String, double[]> perUser = new LinkedHashMap<>();
    for (int k : cutoffs) {
      for (String m : new String[] {"precision", "recall", "f1", "ndcg", "map", "hit", "mrr"}) {
        perUser.put(m + "@" + k, new double[users]);
      }
      perUser.put(SatisfactionMetrics.HAPPY_NDCG + k, new double[users]);
      perUser.put(SatisfactionMetrics.HAPPY_HIT + k, new double[users]);
    }
    double[] unhappy = new double[users];
    double[] coldNdcg = new double[users];
    double[] coldHit = new double[users];
    double[] diversity = new double[users];
    List<int[]> lists = new ArrayList<>(users);
    List<String> userIds = new ArrayList<>(users);
    List<Ranking> rankings = new ArrayList<>(users);
    int catalogue = model.items().size();
    int n = 0;
    for (Map.Entry<Integer, Set<Integer>> entry : relevance.all().entrySet()) {
      int user = entry.getKey();
      int modelUser = model.users().indexOf(train.users().id(user));
      BitSet exclude = new BitSet(catalogue);
      for (int p = train.rowStart(user); p < train.rowEnd(user); p++) {
        exclude.set(train.rowItems()[p]);
      }
      // Same ranking as scoring every item; factor models take their exact fast path.
      Ranking ranking = model.topK(modelUser, maxK, exclude);
      int[] ranked = ranking.items();
      Set<Integer> rel = entry.getValue();
      Set<Integer> happy = relevance.happy().get(user);
      for (int k : cutoffs) {
        perUser.get("precision@" + k)[n] = RankingMetrics.precision(ranked, rel, k);
        perUser.get("recall@" + k)[n] = RankingMetrics.recall(ranked, rel, k);
        perUser.get("f1@" + k)[n] = RankingMetrics.f1(ranked, rel, k);
        perUser.get("ndcg@" + k)[n] = RankingMetrics.ndcg(ranked, rel, k);
        perUser.get("map@" + k)[n] = RankingMetrics.averagePrecision(ranked, rel, k);
        perUser.get("hit@" + k)[n] = RankingMetrics.hitRate(ranked, rel, k);
        perUser.get("mrr@" + k)[n] = RankingMetrics.reciprocalRank(ranked, rel, k);
        perUser.get(SatisfactionMetrics.HAPPY_NDCG + k)[n] =
            happy.isEmpty() ? Double.NaN : RankingMetrics.ndcg(ranked, happy, k);
        perUser.get(SatisfactionMetrics.HAPPY_HIT + k)[n] =
            happy.isEmpty() ? Double.NaN : RankingMetrics.hitRate(ranked, happy, k);
      }
      boolean cold = !happy.isEmpty() && SatisfactionMetrics.cold(train.rowLength(user));
      coldNdcg[n] = cold ? RankingMetrics.ndcg(ranked, happy, primary) : Double.NaN;
      coldHit[n] = cold ? RankingMetrics.hitRate(ranked, happy, primary) : Double.NaN;
      unhappy[n] =
          rated
              ? Exposure.unhappyPerThousand(ranked, relevance.unhappy().get(user), primary)
              : Double.NaN;
      lists.add(ranked);
      userIds.add(train.users().id(user));
      rankings.add(ranking);
      diversity[n] = BeyondAccuracy.intraListDiversity(ranked, train);
      n++;
      progress.advance(1);
    }
    perUser.put("ild@" + maxK, diversity);
    perUser.put(SatisfactionMetrics.UNHAPPY_PER_1K + primary, unhappy);
    perUser.put(SatisfactionMetrics.COLD_HAPPY_NDCG + primary, coldNdcg);
    perUser.put(SatisfactionMetrics.COLD_HAPPY_HIT + primary, coldHit);
    Map<String, Double> perSplit = new LinkedHashMap<>();
    perSplit.put("coverage@" + maxK, BeyondAccuracy.coverage(lists, train.itemCount()));
    perSplit.put("novelty@" + maxK, BeyondAccuracy.novelty(lists, train));
    if (model instanceof RatingPredictor predictor && predictor.predictsRatings()) {
      perSplit.putAll(ratingErrors(predictor));
    }
    return new Measured(perUser, perSplit, userIds, rankings, model.items());
  }

  private Map<String, Double> ratingErrors(RatingPredictor predictor) {
    double mean = 0;
    for (float v : train.rowValues()) {
      mean += v;
    }
    mean /= Math.max(1, train.nonZeros());
    double[] predicted = new double[test.size()];
    double[] actual = new double[test.size()];
    for (int n = 0; n < test.size(); n++) {
      Interaction i = test.get(n);
      double p = predictor.predict(i.user(), i.item());
      predicted[n] = Double.isNaN(p) ? mean : p;
      actual[n] = i.value();
    }
    return Map.of(
        "rmse", ErrorMetrics.rmse(predicted, actual), "mae", ErrorMetrics.mae(predicted, actual));
  }
}
