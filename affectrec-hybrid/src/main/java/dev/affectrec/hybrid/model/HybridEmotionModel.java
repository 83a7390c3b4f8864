package dev.affectrec.hybrid.model;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.hybrid.policy.Candidate;
import dev.affectrec.hybrid.policy.CooccurrenceSimilarity;
import dev.affectrec.hybrid.policy.Mmr;
import dev.affectrec.hybrid.policy.PolicyBonus;
import dev.affectrec.hybrid.profile.ItemEmotions;
import dev.affectrec.hybrid.score.BlendWeights;
import dev.affectrec.hybrid.score.ContextBuckets;
import dev.affectrec.hybrid.score.ContextCounts;
import dev.affectrec.hybrid.score.Feature;
import dev.affectrec.hybrid.score.HybridBlend;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The emotion-aware hybrid: a base CF model's scores blended with popularity, emotion and context
 * features by learned {@link BlendWeights}, then the default policy's bonus and MMR over the best
 * candidates. {@link #scoreUser} uses the user's training-time state and latest context, so the
 * evaluation harness measures the whole pipeline. Immutable and thread-safe.
 */
public final class HybridEmotionModel extends ScoringModel {
  /** The kind written in model files. */
  public static final String KIND = "hybrid-emotion";

  private final ScoringModel base;
  private final InteractionMatrix data;
  private final CooccurrenceSimilarity similarity;
  private final ItemEmotions emotions;
  private final UserMoods moods;
  private final ContextCounts timeCounts;
  private final ContextCounts dayCounts;
  private final ContextCounts deviceCounts;
  private final ContextCounts channelCounts;
  private final BlendWeights weights;
  private final ServingConfig serving;
  private final float logMaxPopularity;

  HybridEmotionModel(
      ScoringModel base,
      InteractionMatrix data,
      ItemEmotions emotions,
      UserMoods moods,
      ContextCounts timeCounts,
      ContextCounts dayCounts,
      ContextCounts deviceCounts,
      ContextCounts channelCounts,
      BlendWeights weights,
      ServingConfig serving,
      Provenance provenance) {
    super(data.users(), data.items(), counts(data), provenance);
    this.base = Objects.requireNonNull(base, "base is required");
    this.data = data;
    this.similarity = new CooccurrenceSimilarity(data);
    this.emotions = Objects.requireNonNull(emotions, "emotions is required");
    this.moods = Objects.requireNonNull(moods, "moods is required");
    this.timeCounts = Objects.requireNonNull(timeCounts, "timeCounts is required");
    this.dayCounts = Objects.requireNonNull(dayCounts, "dayCounts is required");
    this.deviceCounts = Objects.requireNonNull(deviceCounts, "deviceCounts is required");
    this.channelCounts = Objects.requireNonNull(channelCounts, "channelCounts is required");
    this.weights = Objects.requireNonNull(weights, "weights is required");
    this.serving = Objects.requireNonNull(serving, "serving is required");
    if (base.items().size() != data.itemCount() || emotions.size() != data.itemCount()) {
      throw new IllegalArgumentException("base model, data and item emotions differ in items");
    }
    float max = 0;
    for (float p : popularity()) {
      max = Math.max(max, p);
    }
    this.logMaxPopularity = (float) Math.log1p(max);
  }

  private static float[] counts(InteractionMatrix data) {
    return dev.affectrec.recommend.model.Popularity.counts(data);
  }

  /** The learned blend weights. */
  public BlendWeights weights() {
    return weights;
  }

  /** The serving configuration. */
  public ServingConfig serving() {
    return serving;
  }

  /** The item emotional profiles. */
  public ItemEmotions emotions() {
    return emotions;
  }

  /** Item-item similarity over the training data. */
  public CooccurrenceSimilarity similarity() {
    return similarity;
  }

  /**
   * The training data (satisfaction-weighted unless the plain base was chosen). Do not modify its
   * arrays.
   */
  public InteractionMatrix data() {
    return data;
  }

  /** The base CF model. */
  public ScoringModel base() {
    return base;
  }

  /** The stored state of training user {@code u} at {@code at}. */
  public EmotionState storedState(int u, Instant at) {
    return moods.state(users().id(u), u, at);
  }

  /** The stored context (latest time band and day kind) of training user {@code u}. */
  public RequestContext storedContext(int u, EmotionState state) {
    int t = moods.timeBand()[u];
    int d = moods.dayKind()[u];
    return new RequestContext(
        state,
        t < 0 ? null : ContextBuckets.TIME_BANDS[t],
        d < 0 ? null : ContextBuckets.DAY_KINDS[d],
        null,
        null);
  }

  @Override
  public void scoreUser(int user, float[] out) {
    float[] cf = new float[out.length];
    base.scoreUser(user, cf);
    RequestContext context = storedContext(user, storedState(user, Instant.EPOCH));
    finish(cf, context, data.rowItemSet(user), out);
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    float[] cf = new float[out.length];
    base.scoreHistory(historyItems, historyValues, cf);
    BitSet seen = new BitSet(out.length);
    for (int i : historyItems) {
      seen.set(i);
    }
    finish(
        cf,
        new RequestContext(EmotionState.unknown("fold-in", Instant.EPOCH), null, null, null, null),
        seen,
        out);
  }

  /** Blend, policy bonus and MMR into {@code out}; items in {@code seen} are left unboosted. */
  private void finish(float[] cf, RequestContext context, BitSet seen, float[] out) {
    blend(cf, context, out);
    if (serving.policyStrength() == 0 && serving.mmrLambda() == 1) {
      return;
    }
    List<Candidate> ranked = rerankForServing(out, context, seen, serving);
    double top = Double.NEGATIVE_INFINITY;
    for (float s : out) {
      if (s == s) {
        top = Math.max(top, s);
      }
    }
    for (int r = 0; r < ranked.size(); r++) {
      out[ranked.get(r).item()] = (float) (top + 1 + ranked.size() - r);
    }
  }

  /**
   * The best {@code config.candidatePool()} items outside {@code seen}, by blended score plus the
   * bonus of {@code config}'s policy at its strength, then re-ranked by MMR at its lambda (all of
   * them, so the order is complete). The model's own {@link #serving()} is one such configuration;
   * a request may bring another policy without a new model.
   *
   * @param blended output of {@link #blend}, never null
   * @param config never null
   */
  public List<Candidate> rerankForServing(
      float[] blended, RequestContext context, BitSet seen, ServingConfig config) {
    Ranking top = TopK.select(blended, config.candidatePool(), seen);
    List<Candidate> candidates = new ArrayList<>(top.size());
    for (int n = 0; n < top.size(); n++) {
      int item = top.items()[n];
      candidates.add(Candidate.of(item, relevance(top.scores()[n], item, context, config)));
    }
    if (candidates.isEmpty()) {
      return candidates; // the user has seen every item: nothing to re-rank
    }
    candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
    return new Mmr(config.mmrLambda()).rerank(candidates, candidates.size(), similarity);
  }

  /**
   * The relevance of {@code item} for a request: its blended score plus the bonus of {@code
   * config}'s policy at its strength. The order the policy re-rank starts from, before MMR.
   *
   * @param blended the item's score from {@link #blend}
   */
  public double relevance(double blended, int item, RequestContext context, ServingConfig config) {
    double bonus =
        config.policyStrength() == 0
            ? 0
            : PolicyBonus.bonus(config.policy(), context.state(), emotions, item);
    return blended + config.policyStrength() * bonus;
  }

  /**
   * The largest {@link #relevance} any item can have under this model and {@code config}, in
   * absolute value: the sum of the absolute blend weights (every feature is in [-1, 1]) plus the
   * policy strength (every bonus is in [0, 1]); 1 when that sum is 0. Dividing by it puts a
   * relevance into [-1, 1] without changing any order.
   */
  public double relevanceBound(ServingConfig config) {
    double bound = config.policyStrength();
    for (double w : weights.values()) {
      bound += Math.abs(w);
    }
    return bound > 0 ? bound : 1;
  }

  /** Writes the learned blend of {@code cf} for {@code context} into {@code out}. */
  public void blend(float[] cf, RequestContext context, float[] out) {
    double[] row = new double[Feature.COUNT];
    double[] scale = scale(cf);
    double min = scale[0];
    double range = scale[1];
    int[] buckets = buckets(context);
    for (int i = 0; i < out.length; i++) {
      if (!Float.isFinite(cf[i])) {
        out[i] = Float.NaN;
        continue;
      }
      features(i, (cf[i] - min) / range, context, buckets, row);
      out[i] = (float) HybridBlend.score(row, weights);
    }
  }

  /** The minimum and the range (1 when flat) of the finite scores of {@code cf}. */
  static double[] scale(float[] cf) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (float s : cf) {
      if (Float.isFinite(s)) {
        min = Math.min(min, s);
        max = Math.max(max, s);
      }
    }
    return new double[] {min, max > min ? max - min : 1};
  }

  /** Fills the feature vector of {@code item} given its scaled CF score. */
  void features(int item, double scaledCf, RequestContext context, double[] row) {
    features(item, scaledCf, context, buckets(context), row);
  }

  /**
   * The request's time, day, device and channel bucket indices (-1 when unknown), looked up once.
   */
  private int[] buckets(RequestContext context) {
    return new int[] {
      timeCounts.bucket(context.timeBand()),
      dayCounts.bucket(context.dayKind()),
      deviceCounts.bucket(context.device()),
      channelCounts.bucket(context.channel())
    };
  }

  private void features(
      int item, double scaledCf, RequestContext context, int[] buckets, double[] row) {
    EmotionState s = context.state();
    row[Feature.CF.ordinal()] = scaledCf;
    row[Feature.CONTENT.ordinal()] = 0;
    double live =
        context.livePopularity() == null ? 0 : context.livePopularity().applyAsDouble(item);
    row[Feature.POPULARITY.ordinal()] =
        logMaxPopularity == 0
            ? 0
            : Math.min(1, Math.log1p(popularity()[item] + live) / logMaxPopularity);
    row[Feature.MOOD_FIT.ordinal()] =
        s.confidence()
            * emotions.evidence(item)
            * dev.affectrec.hybrid.profile.MoodFit.fit(
                s.valence(), s.arousal(), emotions.valence(item), emotions.arousal(item));
    row[Feature.REPUTATION.ordinal()] = emotions.reputation(item);
    row[Feature.CONTEXT_TIME.ordinal()] = timeCounts.lift(item, buckets[0]);
    row[Feature.CONTEXT_DAY.ordinal()] = dayCounts.lift(item, buckets[1]);
    row[Feature.CONTEXT_DEVICE.ordinal()] = deviceCounts.lift(item, buckets[2]);
    row[Feature.CONTEXT_CHANNEL.ordinal()] = channelCounts.lift(item, buckets[3]);
  }

  @Override
  public void save(Path file) throws IOException {
    HybridModelFile.save(this, file);
  }

  /** Loads a model written by {@link #save}. */
  public static HybridEmotionModel load(Path file) throws IOException {
    return HybridModelFile.load(file);
  }

  // Package-private accessors for saving.
  UserMoods moods() {
    return moods;
  }

  ContextCounts timeCounts() {
    return timeCounts;
  }

  ContextCounts dayCounts() {
    return dayCounts;
  }

  ContextCounts deviceCounts() {
    return deviceCounts;
  }

  ContextCounts channelCounts() {
    return channelCounts;
  }
}
