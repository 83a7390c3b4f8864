package dev.affectrec.hybrid.model;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.provenance.ConfigParameters;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.hybrid.feedback.InteractionContexts;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SatisfactionEstimates;
import dev.affectrec.hybrid.feedback.SatisfactionWeighting;
import dev.affectrec.hybrid.feedback.SatisfactionWeightingConfig;
import dev.affectrec.hybrid.profile.EmotionProfiles;
import dev.affectrec.hybrid.profile.ItemEmotions;
import dev.affectrec.hybrid.score.BlendWeights;
import dev.affectrec.hybrid.score.ContextBuckets;
import dev.affectrec.hybrid.score.ContextCounts;
import dev.affectrec.hybrid.score.Feature;
import dev.affectrec.hybrid.score.RankingQuery;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ConfiguredTrainer;
import dev.affectrec.recommend.model.ModelProvenance;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.model.Trainer;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.RankingMetrics;
import dev.affectrec.recommend.rank.TopK;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link HybridEmotionModel}: weights the data by each interaction's satisfaction
 * (dislikes dropped, liked interactions weighted up), builds item profiles and user states from the
 * review readings, learns the blend weights by coordinate ascent on a validation split carved from
 * the training data (each sampled user's latest interaction and a random fifth of the others, the
 * happy ones as targets; never the test split), and on the same split chooses what to serve ({@link
 * ServedChoice}): the plain base, the weighted base or the whole blend, a more complex one only
 * when it beats the simpler one's happy NDCG@10 by more than chance, so the model never serves
 * something that loses to its plain base on validation. The choice and each option's validation
 * score are in the model's provenance parameters ({@code served}, {@code
 * validation.happyNdcg10.*}). Then the chosen pipeline is trained on all the training data.
 * Thread-safe.
 */
public final class HybridEmotionTrainer implements Trainer<HybridEmotionModel> {
  private final Trainer<? extends ScoringModel> baseTrainer;
  private final HybridTrainingConfig config;
  private final ReviewReadings readings;
  private final SatisfactionEstimates satisfaction;
  private final InteractionContexts contexts;
  private final Clock clock;

  /**
   * A trainer without event contexts (data from files).
   *
   * @param baseTrainer the CF trainer, never null
   * @param config never null
   * @param readings review readings; {@link ReviewReadings#NONE} until a text model is plugged in
   */
  public HybridEmotionTrainer(
      Trainer<? extends ScoringModel> baseTrainer,
      HybridTrainingConfig config,
      ReviewReadings readings) {
    this(baseTrainer, config, readings, InteractionContexts.NONE);
  }

  /**
   * @param baseTrainer the CF trainer, never null
   * @param config never null
   * @param readings review readings; {@link ReviewReadings#NONE} until a text model is plugged in
   * @param contexts device and channel of each interaction, never null
   */
  public HybridEmotionTrainer(
      Trainer<? extends ScoringModel> baseTrainer,
      HybridTrainingConfig config,
      ReviewReadings readings,
      InteractionContexts contexts) {
    this(baseTrainer, config, readings, contexts, Clock.systemUTC());
  }

  /**
   * A trainer as above whose models record {@code clock}'s time as their creation time.
   *
   * @param clock never null
   */
  public HybridEmotionTrainer(
      Trainer<? extends ScoringModel> baseTrainer,
      HybridTrainingConfig config,
      ReviewReadings readings,
      InteractionContexts contexts,
      Clock clock) {
    this(
        baseTrainer,
        config,
        readings,
        SatisfactionEstimates.readings(readings, SatisfactionEstimates.TEXT_RELIABILITY),
        contexts,
        clock);
  }

  /**
   * The general trainer.
   *
   * @param baseTrainer the CF trainer, never null
   * @param config never null
   * @param readings review readings for the emotion features (item profiles, user moods), never
   *     null
   * @param satisfaction each interaction's satisfaction, for the weighting and the happy validation
   *     targets, never null
   * @param contexts device and channel of each interaction, never null
   * @param clock the models' creation time, never null
   */
  public HybridEmotionTrainer(
      Trainer<? extends ScoringModel> baseTrainer,
      HybridTrainingConfig config,
      ReviewReadings readings,
      SatisfactionEstimates satisfaction,
      InteractionContexts contexts,
      Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.baseTrainer = Objects.requireNonNull(baseTrainer, "baseTrainer is required");
    this.config = Objects.requireNonNull(config, "config is required");
    this.readings = Objects.requireNonNull(readings, "readings is required");
    this.satisfaction = Objects.requireNonNull(satisfaction, "satisfaction is required");
    this.contexts = Objects.requireNonNull(contexts, "contexts is required");
  }

  /** The training data and everything derived from it, for the full data or the validation part. */
  private record Fitted(
      InteractionMatrix data,
      ItemEmotions emotions,
      UserMoods moods,
      ContextCounts time,
      ContextCounts day,
      ContextCounts device,
      ContextCounts channel) {}

  @Override
  public HybridEmotionModel train(InteractionMatrix raw) {
    Trainer.requireData(raw);
    Map<Interaction, EmotionReading> read = new HashMap<>();
    for (Interaction i : interactions(raw)) {
      readings.of(i).ifPresent(r -> read.put(i, r));
    }
    Validation validation =
        config.learn()
            ? validate(raw, read)
            : new Validation(ServedChoice.BLEND, BlendWeights.CF_ONLY, Map.of(), 0);
    ServedChoice choice = validation.choice();
    BlendWeights weights = choice.blends() ? validation.weights() : BlendWeights.CF_ONLY;
    Fitted full = fit(raw, read, choice.weighted() ? config.weighting() : PLAIN);
    ScoringModel base =
        baseTrainer instanceof ConfiguredTrainer<?, ?> configured
            ? configured.train(full.data(), clock)
            : baseTrainer.train(full.data());
    Map<String, String> parameters = new java.util.LinkedHashMap<>(ConfigParameters.of(config));
    parameters.putAll(weights.asParameters());
    parameters.putAll(validation.asParameters());
    parameters.put("base", base.provenance().component());
    parameters.put(HybridModelFile.LAYOUT_KEY, HybridModelFile.LAYOUT);
    return new HybridEmotionModel(
        base,
        full.data(),
        full.emotions(),
        full.moods(),
        full.time(),
        full.day(),
        full.device(),
        full.channel(),
        weights,
        choice.blends() ? config.serving() : ServingConfig.BLEND_ONLY,
        ModelProvenance.of(HybridEmotionModel.KIND, raw, parameters, config.seed(), clock));
  }

  /** Weights the data and derives profiles, states and context counts from {@code raw} only. */
  private Fitted fit(
      InteractionMatrix raw,
      Map<Interaction, EmotionReading> read,
      SatisfactionWeightingConfig weighting) {
    List<Interaction> weighted =
        SatisfactionWeighting.apply(interactions(raw), satisfaction, weighting);
    if (weighted.isEmpty()) {
      throw new IllegalArgumentException(
          "satisfaction weighting left no positive interaction: every interaction was a dislike"
              + " (rating, return or negative review)");
    }
    return new Fitted(
        InteractionMatrix.of(weighted, raw.users(), raw.items()),
        itemEmotions(raw, read),
        userMoods(raw, read),
        contextCounts(raw, Bucket.TIME),
        contextCounts(raw, Bucket.DAY),
        contextCounts(raw, Bucket.DEVICE),
        contextCounts(raw, Bucket.CHANNEL));
  }

  /** What the validation cut chose, the blend it learned and the happy NDCG@10 of each option. */
  private record Validation(
      ServedChoice choice, BlendWeights weights, Map<ServedChoice, Double> happyNdcg, int users) {

    Map<String, String> asParameters() {
      Map<String, String> out = new java.util.LinkedHashMap<>();
      out.put("served", choice.wireName());
      out.put("validation.happyUsers", Integer.toString(users));
      happyNdcg.forEach(
          (c, v) ->
              out.put(
                  "validation.happyNdcg10." + c.wireName(),
                  String.format(java.util.Locale.ROOT, "%.4f", v)));
      return out;
    }
  }

  /**
   * Learns the blend on a validation split and chooses what to serve: each sampled user's latest
   * interaction and a random fifth of the others are held out, and the satisfaction weighting,
   * profiles, states, context counts and base model are all fitted without the held-out
   * interactions, so no validation target leaks into a feature. Only held-out interactions that
   * were happy (or of unknown satisfaction) are targets. The plain base, the weighted base and the
   * whole blend are then compared by happy NDCG@10 on those targets, in that order of complexity: a
   * more complex option is chosen only when it beats the current choice by more than chance ({@link
   * #clearlyBetter}).
   */
  private Validation validate(InteractionMatrix raw, Map<Interaction, EmotionReading> read) {
    Random random = new Random(config.seed());
    List<Integer> eligible = new ArrayList<>();
    for (int u = 0; u < raw.userCount(); u++) {
      if (raw.rowLength(u) >= 3) {
        eligible.add(u);
      }
    }
    java.util.Collections.shuffle(eligible, random);
    List<Integer> sampled =
        eligible.subList(0, Math.min(config.validationUsers(), eligible.size()));
    Map<Integer, Set<Integer>> targets = new HashMap<>();
    Map<Integer, Set<Integer>> heldOut = new HashMap<>();
    Map<Integer, Integer> heldOutPosition = new HashMap<>();
    List<Integer> chosen = new ArrayList<>();
    for (int u : sampled) {
      int latest = raw.latestPosition(u, random);
      Set<Integer> positions = heldOutPositions(raw, u, latest, random);
      Set<Integer> items = new HashSet<>();
      Set<Integer> happy = new HashSet<>();
      for (int p : positions) {
        items.add(raw.rowItems()[p]);
        if (satisfaction.happyOrUnknown(interaction(raw, u, p))) {
          happy.add(raw.rowItems()[p]);
        }
      }
      heldOut.put(u, items);
      heldOutPosition.put(u, latest);
      if (!happy.isEmpty()) {
        chosen.add(u);
        targets.put(u, happy);
      }
    }
    if (chosen.isEmpty()) {
      return new Validation(ServedChoice.UNVALIDATED, BlendWeights.CF_ONLY, Map.of(), 0);
    }
    List<Interaction> rest = new ArrayList<>();
    for (Interaction i : interactions(raw)) {
      Set<Integer> out = heldOut.get(raw.users().indexOf(i.user()));
      if (out == null || !out.contains(raw.items().indexOf(i.item()))) {
        rest.add(i);
      }
    }
    InteractionMatrix restMatrix = InteractionMatrix.of(rest, raw.users(), raw.items());
    Fitted part = fit(restMatrix, read, config.weighting());
    ScoringModel base = baseTrainer.train(part.data());
    HybridEmotionModel probe = model(base, part, BlendWeights.CF_ONLY, ServingConfig.BLEND_ONLY);
    List<RankingQuery> queries = new ArrayList<>();
    InteractionMatrix data = part.data();
    float[] cf = new float[data.itemCount()];
    int pool = config.serving().candidatePool();
    for (int u : chosen) {
      base.scoreUser(u, cf);
      Ranking top = TopK.select(cf, pool, restMatrix.rowItemSet(u));
      queries.add(
          query(probe, u, cf, top, targets.get(u), requestContext(raw, u, heldOutPosition.get(u))));
    }
    BlendWeights weights = config.learner().learn(queries, BlendWeights.CF_ONLY);
    Map<ServedChoice, double[]> perUser = new java.util.EnumMap<>(ServedChoice.class);
    if (config.weighting().mode() != SatisfactionWeightingConfig.Mode.PLAIN) {
      Fitted plain = fit(restMatrix, read, PLAIN);
      perUser.put(
          ServedChoice.BASE,
          happyNdcg(baseTrainer.train(plain.data()), restMatrix, chosen, targets));
    }
    perUser.put(ServedChoice.WEIGHTED, happyNdcg(base, restMatrix, chosen, targets));
    perUser.put(
        ServedChoice.BLEND,
        happyNdcg(model(base, part, weights, config.serving()), restMatrix, chosen, targets));
    ServedChoice best = null;
    Map<ServedChoice, Double> scores = new java.util.EnumMap<>(ServedChoice.class);
    for (Map.Entry<ServedChoice, double[]> e : perUser.entrySet()) {
      scores.put(e.getKey(), mean(e.getValue()));
      if (best == null || clearlyBetter(e.getValue(), perUser.get(best))) {
        best = e.getKey();
      }
    }
    return new Validation(best, weights, scores, chosen.size());
  }

  private static final SatisfactionWeightingConfig PLAIN = SatisfactionWeightingConfig.PLAIN;

  private HybridEmotionModel model(
      ScoringModel base, Fitted part, BlendWeights weights, ServingConfig serving) {
    return new HybridEmotionModel(
        base,
        part.data(),
        part.emotions(),
        part.moods(),
        part.time(),
        part.day(),
        part.device(),
        part.channel(),
        weights,
        serving,
        base.provenance());
  }

  /**
   * How many standard errors of the paired per-user difference a more complex option must gain over
   * the simpler one to be chosen (one-sided 95%): a gain the validation cut cannot tell from chance
   * does not justify serving more machinery (Amazon All Beauty: a blend that won validation by
   * noise lost 2.5% happy NDCG@10 on test).
   */
  static final double REQUIRED_Z = 1.645;

  /** Whether {@code candidate} beats {@code incumbent} by more than chance, user by user. */
  static boolean clearlyBetter(double[] candidate, double[] incumbent) {
    int n = candidate.length;
    double sum = 0;
    double squares = 0;
    for (int u = 0; u < n; u++) {
      double d = candidate[u] - incumbent[u];
      sum += d;
      squares += d * d;
    }
    double mean = sum / n;
    if (mean <= 0) {
      return false;
    }
    double variance = n > 1 ? (squares - n * mean * mean) / (n - 1) : 0;
    return mean > REQUIRED_Z * Math.sqrt(Math.max(0, variance) / n);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  /** NDCG@10 of each user's happy held-out items, their other items excluded. */
  private static double[] happyNdcg(
      ScoringModel model,
      InteractionMatrix rest,
      List<Integer> users,
      Map<Integer, Set<Integer>> targets) {
    double[] out = new double[users.size()];
    for (int n = 0; n < out.length; n++) {
      int u = users.get(n);
      int[] ranked = model.topK(u, 10, rest.rowItemSet(u)).items();
      out[n] = RankingMetrics.ndcg(ranked, targets.get(u), 10);
    }
    return out;
  }

  private static Interaction interaction(InteractionMatrix m, int u, int p) {
    return new Interaction(
        m.users().id(u), m.items().id(m.rowItems()[p]), m.rowValues()[p], m.rowTimes()[p]);
  }

  /** The share of a validation user's interactions held out (the latest always among them). */
  private static final double HELD_OUT_SHARE = 0.2;

  /**
   * The positions of {@code u}'s row held out for validation: {@code latest} and a seeded random
   * {@link #HELD_OUT_SHARE} of the others, at least one interaction in all and never the whole row.
   * One target per user made the validation too noisy to tell a real gain from chance (MovieLens
   * 100K: 476 happy targets, 95% interval of NDCG@10 about ±0.02); a fifth of each row gives
   * several thousand.
   */
  private static Set<Integer> heldOutPositions(
      InteractionMatrix raw, int u, int latest, Random random) {
    List<Integer> others = new ArrayList<>();
    for (int p = raw.rowStart(u); p < raw.rowEnd(u); p++) {
      if (p != latest) {
        others.add(p);
      }
    }
    java.util.Collections.shuffle(others, random);
    int count = (int) Math.max(1, Math.round(HELD_OUT_SHARE * raw.rowLength(u)));
    Set<Integer> out = new HashSet<>();
    out.add(latest);
    out.addAll(others.subList(0, Math.min(count - 1, others.size() - 1)));
    return out;
  }

  /**
   * The context in which held-out interaction {@code p} happened: what a request at that moment
   * would have carried (its time band, day kind, device and channel).
   */
  private String[] requestContext(InteractionMatrix raw, int u, int p) {
    return new String[] {
      bucket(raw, u, p, Bucket.TIME),
      bucket(raw, u, p, Bucket.DAY),
      bucket(raw, u, p, Bucket.DEVICE),
      bucket(raw, u, p, Bucket.CHANNEL)
    };
  }

  private static RankingQuery query(
      HybridEmotionModel probe,
      int u,
      float[] cf,
      Ranking top,
      Set<Integer> relevantItems,
      String[] requestContext) {
    double[] scale = HybridEmotionModel.scale(cf);
    double min = scale[0];
    double range = scale[1];
    EmotionState state = probe.storedState(u, Instant.EPOCH);
    RequestContext context =
        new RequestContext(
            state, requestContext[0], requestContext[1], requestContext[2], requestContext[3]);
    int n = top.size();
    double[][] features = new double[n][Feature.COUNT];
    boolean[] relevant = new boolean[n];
    for (int c = 0; c < n; c++) {
      int item = top.items()[c];
      probe.features(item, (cf[item] - min) / range, context, features[c]);
      relevant[c] = relevantItems.contains(item);
    }
    return new RankingQuery(features, relevant);
  }

  private ItemEmotions itemEmotions(InteractionMatrix raw, Map<Interaction, EmotionReading> read) {
    Map<String, List<EmotionReading>> byItem = new HashMap<>();
    long latest = 0;
    for (Interaction i : interactions(raw)) {
      EmotionReading r = read.get(i);
      if (r != null) {
        byItem.computeIfAbsent(i.item(), k -> new ArrayList<>()).add(r);
        latest = Math.max(latest, r.time().getEpochSecond());
      }
    }
    Map<String, ItemEmotionProfile> profiles =
        EmotionProfiles.items(byItem, Instant.ofEpochSecond(latest), config.itemProfiles());
    return ItemEmotions.of(raw.items(), profiles, config.reputationPrior());
  }

  private UserMoods userMoods(InteractionMatrix raw, Map<Interaction, EmotionReading> read) {
    int n = raw.userCount();
    Map<String, List<EmotionReading>> byUser = new HashMap<>();
    for (Interaction i : interactions(raw)) {
      EmotionReading r = read.get(i);
      if (r != null) {
        byUser.computeIfAbsent(i.user(), k -> new ArrayList<>()).add(r);
      }
    }
    float[] v = new float[n];
    float[] a = new float[n];
    float[] c = new float[n];
    int[] band = new int[n];
    int[] kind = new int[n];
    for (int u = 0; u < n; u++) {
      long last = 0;
      for (int p = raw.rowStart(u); p < raw.rowEnd(u); p++) {
        last = Math.max(last, raw.rowTimes()[p]);
      }
      Instant at = Instant.ofEpochSecond(last);
      band[u] = last == 0 ? -1 : indexOf(ContextBuckets.TIME_BANDS, ContextBuckets.timeBand(at));
      kind[u] = last == 0 ? -1 : indexOf(ContextBuckets.DAY_KINDS, ContextBuckets.dayKind(at));
      List<EmotionReading> mine = byUser.get(raw.users().id(u));
      if (mine != null) {
        EmotionState s = EmotionProfiles.user(raw.users().id(u), mine, at, config.fusion());
        v[u] = (float) s.valence();
        a[u] = (float) s.arousal();
        c[u] = (float) s.confidence();
      }
    }
    return new UserMoods(v, a, c, band, kind);
  }

  /** The context dimensions the scorer counts lifts for. */
  private enum Bucket {
    TIME,
    DAY,
    DEVICE,
    CHANNEL
  }

  private ContextCounts contextCounts(InteractionMatrix raw, Bucket kind) {
    List<ContextCounts.Observation> obs = new ArrayList<>(raw.nonZeros());
    for (int u = 0; u < raw.userCount(); u++) {
      for (int p = raw.rowStart(u); p < raw.rowEnd(u); p++) {
        String bucket = bucket(raw, u, p, kind);
        if (bucket != null && !bucket.isBlank()) {
          obs.add(new ContextCounts.Observation(raw.items().id(raw.rowItems()[p]), bucket));
        }
      }
    }
    return ContextCounts.of(raw.items(), obs);
  }

  private String bucket(InteractionMatrix raw, int u, int p, Bucket kind) {
    long t = raw.rowTimes()[p];
    Instant at = Instant.ofEpochSecond(t);
    return switch (kind) {
      case TIME -> t > 0 ? ContextBuckets.timeBand(at) : null;
      case DAY -> t > 0 ? ContextBuckets.dayKind(at) : null;
      case DEVICE, CHANNEL -> {
        if (contexts == InteractionContexts.NONE) {
          yield null;
        }
        EventContext c = contexts.of(interaction(raw, u, p));
        yield kind == Bucket.DEVICE ? c.device() : c.channel();
      }
    };
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** All interactions of {@code m}. */
  private static List<Interaction> interactions(InteractionMatrix m) {
    List<Interaction> out = new ArrayList<>(m.nonZeros());
    for (int u = 0; u < m.userCount(); u++) {
      for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
        out.add(interaction(m, u, p));
      }
    }
    return out;
  }
}
