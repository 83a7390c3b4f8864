package dev.affectrec.hybrid;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.hybrid.explain.Explainer;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.RequestContext;
import dev.affectrec.hybrid.model.ServingConfig;
import dev.affectrec.hybrid.policy.Candidate;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import dev.affectrec.hybrid.policy.Mmr;
import dev.affectrec.hybrid.policy.NegativeReviewRule;
import dev.affectrec.hybrid.profile.EmotionProfiles;
import dev.affectrec.hybrid.score.ContextBuckets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The emotion-aware recommender: CF candidates, learned hybrid blend, policy re-rank, the
 * negative-review rule, MMR diversity and explanations. Immutable and thread-safe.
 *
 * <p>The score of a recommended item is its relevance for the request (blended score plus policy
 * bonus, {@link HybridEmotionModel#relevance}) divided by {@link
 * HybridEmotionModel#relevanceBound}, so it is in [-1, 1], higher is more relevant, and the same
 * item scores the same for the same user, model and request whatever k and its rank. The list is
 * ordered by the re-ranks, not by score: MMR diversity and the alternatives to a disliked item may
 * put an item above one that scores higher.
 *
 * <p>The user's state is fused from the request's recent review readings (time-decayed with the
 * fusion half-life); without any, the state stored at training is used, and for unknown users the
 * state is unknown (confidence 0, so the policies change nothing).
 */
public final class EmotionAwareRecommender {
  private final HybridEmotionModel model;
  private final FusionConfig fusion;
  private final NegativeReviewRule negativeRule;
  private final double negativeThreshold;
  private final IntFunction<String> names;
  private final FoldInScores foldIns;

  /**
   * @param model the trained hybrid, never null
   * @param fusion fuses recent readings into the state, never null
   * @param negativeRule never null
   * @param negativeThreshold a review whose valence is at most this is negative, in [-1, 0]
   * @param names catalogue index to display name; null shows item ids
   */
  public EmotionAwareRecommender(
      HybridEmotionModel model,
      FusionConfig fusion,
      NegativeReviewRule negativeRule,
      double negativeThreshold,
      IntFunction<String> names) {
    this.model = Objects.requireNonNull(model, "model is required");
    this.fusion = Objects.requireNonNull(fusion, "fusion is required");
    this.negativeRule = Objects.requireNonNull(negativeRule, "negativeRule is required");
    Arguments.requireInRange(negativeThreshold, -1, 0, "negativeThreshold");
    this.negativeThreshold = negativeThreshold;
    this.names = names == null ? model.items()::id : names;
    this.foldIns = FoldInScores.of(model.base(), model.data(), FoldInScores.DEFAULT_BUDGET_BYTES);
  }

  /**
   * Forgets what this recommender remembers of {@code user}'s last answer (their fold-in scores):
   * for an erasure, so that nothing derived from their data outlives it here.
   */
  public void forget(String user) {
    int u = model.users().indexOf(user);
    if (u >= 0 && foldIns != null) {
      foldIns.forget(u);
    }
  }

  /** Default fusion, rule and threshold -0.3; item ids as names. */
  public static EmotionAwareRecommender of(HybridEmotionModel model) {
    return new EmotionAwareRecommender(
        model, FusionConfig.defaults(), NegativeReviewRule.DEFAULTS, -0.3, null);
  }

  /** Recommends for {@code request}. */
  public Recommendation recommend(RecommendationRequest request) {
    return recommend(request, true);
  }

  /**
   * Recommends for {@code request}; without {@code useTrainingRow} the user is served as one the
   * model never saw (from the request's recent interactions and reviews only), for users whose
   * training data must not be used (erased since training, or without consent).
   */
  public Recommendation recommend(RecommendationRequest request, boolean useTrainingRow) {
    Objects.requireNonNull(request, "request is required");
    ServingConfig serving = model.serving();
    EmotionPolicy policy = request.policy() == null ? serving.policy() : request.policy();
    int u = useTrainingRow ? model.users().indexOf(request.user()) : -1;
    EmotionState state = state(request, u);
    RequestContext context =
        new RequestContext(
            state,
            ContextBuckets.timeBand(request.now()),
            ContextBuckets.dayKind(request.now()),
            request.context().device(),
            request.context().channel(),
            request.livePopularity());
    int n = model.items().size();
    float[] cf = new float[n];
    BitSet seen = new BitSet(n);
    if (u >= 0) {
      for (int p = model.data().rowStart(u); p < model.data().rowEnd(u); p++) {
        seen.set(model.data().rowItems()[p]);
      }
    }
    if (u >= 0 && request.recentInteractions().isEmpty()) {
      model.base().scoreUser(u, cf);
    } else if (u >= 0) {
      foldIn(request, u, cf, seen);
    } else {
      historyScores(request, cf, seen);
    }
    for (String id : request.exclude()) {
      int i = model.items().indexOf(id);
      if (i >= 0) {
        seen.set(i);
      }
    }
    float[] blended = new float[n];
    model.blend(cf, context, blended);
    ServingConfig withPolicy =
        new ServingConfig(policy, serving.policyStrength(), 1, serving.candidatePool());
    List<Candidate> ranked = model.rerankForServing(blended, context, seen, withPolicy);
    int[] disliked = disliked(request);
    ranked =
        negativeRule.apply(ranked, disliked, seen, model.similarity(), model.emotions(), names);
    List<Candidate> alternatives = new ArrayList<>();
    List<Candidate> rest = new ArrayList<>();
    for (Candidate c : ranked) {
      (c.reasons().isEmpty() ? rest : alternatives).add(c);
    }
    List<Candidate> out =
        new ArrayList<>(alternatives.subList(0, Math.min(alternatives.size(), request.k())));
    if (out.size() < request.k() && !rest.isEmpty()) {
      out.addAll(
          new Mmr(serving.mmrLambda()).rerank(rest, request.k() - out.size(), model.similarity()));
    }
    Explainer explainer = new Explainer(model, names);
    List<ScoredItem> items = new ArrayList<>(out.size());
    double bound = model.relevanceBound(withPolicy);
    for (Candidate c : out) {
      // The re-ranks rewrite candidate scores to encode their order; the score shown is the
      // item's own relevance, the same whatever k and wherever the item lands in the list.
      double relevance = model.relevance(blended[c.item()], c.item(), context, withPolicy);
      double score = Math.max(-1, Math.min(1, relevance / bound));
      items.add(
          new ScoredItem(
              model.items().id(c.item()), score, explainer.reasons(c, u, policy, state)));
    }
    return new Recommendation(request.user(), policy, state, items);
  }

  /**
   * Scores a known user from their training history plus the interactions that arrived since the
   * model was trained (fold-in: fresh factors or neighbourhood scores, no retraining).
   */
  private void foldIn(RecommendationRequest request, int u, float[] cf, BitSet seen) {
    // Primitive arrays, not a map of boxed indices: this runs for every user with events since
    // training, which under sustained ingest is nearly every request (JFR, issue 21). Sorted by
    // item (index in the high half), as the remembered scores compare live sets by merging.
    long[] packed = new long[request.recentInteractions().size()];
    int m = 0;
    for (Map.Entry<String, Float> e : request.recentInteractions().entrySet()) {
      int i = model.items().indexOf(e.getKey());
      if (i >= 0) {
        seen.set(i);
        packed[m++] = ((long) i << 32) | (Float.floatToRawIntBits(e.getValue()) & 0xffffffffL);
      }
    }
    Arrays.sort(packed, 0, m);
    int[] items = new int[m];
    float[] values = new float[m];
    for (int k = 0; k < m; k++) {
      items[k] = (int) (packed[k] >>> 32);
      values[k] = Float.intBitsToFloat((int) packed[k]);
    }
    if (foldIns != null) {
      foldIns.score(u, items, values, cf);
    } else {
      FoldInScores.whole(model.base(), model.data(), u, items, values, cf);
    }
  }

  private EmotionState state(RecommendationRequest request, int u) {
    if (request.state() != null) {
      return request.state();
    }
    List<EmotionReading> readings = new ArrayList<>();
    request.recentReviews().forEach(r -> readings.add(r.reading()));
    if (!readings.isEmpty()) {
      return EmotionProfiles.user(request.user(), readings, request.now(), fusion);
    }
    return u >= 0
        ? model.storedState(u, request.now())
        : EmotionState.unknown(request.user(), request.now());
  }

  private void historyScores(RecommendationRequest request, float[] cf, BitSet seen) {
    List<Integer> items = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    request
        .recentInteractions()
        .forEach(
            (id, w) -> {
              int i = model.items().indexOf(id);
              if (i >= 0 && !items.contains(i)) {
                items.add(i);
                weights.add(w);
                seen.set(i);
              }
            });
    for (RecommendationRequest.ItemReading r : request.recentReviews()) {
      int i = model.items().indexOf(r.item());
      if (i >= 0 && !items.contains(i) && r.reading().valence() > negativeThreshold) {
        items.add(i);
        weights.add(1f);
      }
      if (i >= 0) {
        seen.set(i);
      }
    }
    int[] idx = items.stream().mapToInt(Integer::intValue).toArray();
    if (idx.length == 0) {
      for (int i = 0; i < cf.length; i++) {
        double live =
            request.livePopularity() == null ? 0 : request.livePopularity().applyAsDouble(i);
        cf[i] = (float) (model.data().colLength(i) + live);
      }
      return;
    }
    float[] val = new float[idx.length];
    for (int n = 0; n < val.length; n++) {
      val[n] = weights.get(n);
    }
    model.base().scoreHistory(idx, val, cf);
  }

  private int[] disliked(RecommendationRequest request) {
    List<Integer> out = new ArrayList<>();
    for (RecommendationRequest.ItemReading r : request.recentReviews()) {
      int i = model.items().indexOf(r.item());
      if (i >= 0
          && r.reading().valence() * r.reading().confidence() <= negativeThreshold
          && !out.contains(i)) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
