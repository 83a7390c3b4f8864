package dev.affectrec.hybrid.model;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.provenance.ConfigParameters;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.hybrid.feedback.InteractionContexts;
import dev.affectrec.hybrid.feedback.ReviewReadings;
import dev.affectrec.hybrid.feedback.SentimentWeighting;
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
import dev.affectrec.recommend.rank.TopK;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link HybridEmotionModel}: sentiment-weights the data, builds item profiles and user
 * states from the review readings, learns the blend weights by coordinate ascent on a validation
 * split carved from the training data (each sampled user's latest interaction; never the test
 * split), then retrains the base model on all the training data. Thread-safe.
 */
public final class HybridEmotionTrainer implements Trainer<HybridEmotionModel> {
  private final Trainer<? extends ScoringModel> baseTrainer;
  private final HybridTrainingConfig config;
  private final ReviewReadings readings;
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
    this.clock = Objects.requireNonNull(clock, "clock is required");
    this.baseTrainer = Objects.requireNonNull(baseTrainer, "baseTrainer is required");
    this.config = Objects.requireNonNull(config, "config is required");
    this.readings = Objects.requireNonNull(readings, "readings is required");
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
    BlendWeights weights = config.learn() ? learn(raw, read) : BlendWeights.CF_ONLY;
    Fitted full = fit(raw, read);
    ScoringModel base =
        baseTrainer instanceof ConfiguredTrainer<?, ?> configured
            ? configured.train(full.data(), clock)
            : baseTrainer.train(full.data());
    Map<String, String> parameters = new java.util.LinkedHashMap<>(ConfigParameters.of(config));
    parameters.putAll(weights.asParameters());
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
        config.serving(),
        ModelProvenance.of(HybridEmotionModel.KIND, raw, parameters, config.seed(), clock));
  }

  /** Weights the data and derives profiles, states and context counts from {@code raw} only. */
  private Fitted fit(InteractionMatrix raw, Map<Interaction, EmotionReading> read) {
    List<Interaction> weighted =
        SentimentWeighting.apply(
            interactions(raw), i -> java.util.Optional.ofNullable(read.get(i)), config.weighting());
    if (weighted.isEmpty()) {
      throw new IllegalArgumentException(
          "sentiment weighting left no positive interaction: every review read as negative");
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

  /**
   * Learns the blend on a validation split: each sampled user's latest interaction is held out, and
   * the sentiment weighting, profiles, states, context counts and base model are all fitted without
   * the held-out interactions, so no validation target leaks into a feature.
   */
  private BlendWeights learn(InteractionMatrix raw, Map<Interaction, EmotionReading> read) {
    Random random = new Random(config.seed());
    List<Integer> eligible = new ArrayList<>();
    for (int u = 0; u < raw.userCount(); u++) {
      if (raw.rowLength(u) >= 3) {
        eligible.add(u);
      }
    }
    java.util.Collections.shuffle(eligible, random);
    List<Integer> chosen = eligible.subList(0, Math.min(config.validationUsers(), eligible.size()));
    if (chosen.isEmpty()) {
      return BlendWeights.CF_ONLY;
    }
    Map<Integer, Integer> heldOut = new HashMap<>();
    Map<Integer, Integer> heldOutPosition = new HashMap<>();
    for (int u : chosen) {
      int latest = latestPosition(raw, u, random);
      heldOut.put(u, raw.rowItems()[latest]);
      heldOutPosition.put(u, latest);
    }
    List<Interaction> rest = new ArrayList<>();
    for (Interaction i : interactions(raw)) {
      Integer out = heldOut.get(raw.users().indexOf(i.user()));
      if (out == null || raw.items().indexOf(i.item()) != out) {
        rest.add(i);
      }
    }
    Fitted part = fit(InteractionMatrix.of(rest, raw.users(), raw.items()), read);
    ScoringModel base = baseTrainer.train(part.data());
    HybridEmotionModel probe =
        new HybridEmotionModel(
            base,
            part.data(),
            part.emotions(),
            part.moods(),
            part.time(),
            part.day(),
            part.device(),
            part.channel(),
            BlendWeights.CF_ONLY,
            ServingConfig.BLEND_ONLY,
            base.provenance());
    List<RankingQuery> queries = new ArrayList<>();
    InteractionMatrix data = part.data();
    float[] cf = new float[data.itemCount()];
    int pool = config.serving().candidatePool();
    for (int u : chosen) {
      base.scoreUser(u, cf);
      BitSet seen = new BitSet(cf.length);
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        seen.set(data.rowItems()[p]);
      }
      Ranking top = TopK.select(cf, pool, seen);
      queries.add(
          query(probe, u, cf, top, heldOut.get(u), requestContext(raw, u, heldOutPosition.get(u))));
    }
    return config.learner().learn(queries, BlendWeights.CF_ONLY);
  }

  /**
   * One of {@code u}'s latest interactions, drawn uniformly among those sharing the latest time.
   * Data with coarse times (Amazon reviews carry a day) ties most users' latest reviews; taking the
   * first of a tie in item order made the held-out items the same few items for everyone, so
   * removing them emptied those items' columns and "looks unseen in training" identified the
   * validation target: the blend learned to drop the CF score and collapsed on test data.
   */
  private static int latestPosition(InteractionMatrix raw, int u, Random random) {
    long[] times = raw.rowTimes();
    long latest = times[raw.latestPosition(u)];
    int ties = 0;
    int chosen = -1;
    for (int p = raw.rowStart(u); p < raw.rowEnd(u); p++) {
      if (times[p] == latest && random.nextInt(++ties) == 0) {
        chosen = p;
      }
    }
    return chosen;
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
      int relevantItem,
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
      relevant[c] = item == relevantItem;
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
        EventContext c =
            contexts.of(
                new Interaction(
                    raw.users().id(u), raw.items().id(raw.rowItems()[p]), raw.rowValues()[p], t));
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
        out.add(
            new Interaction(
                m.users().id(u), m.items().id(m.rowItems()[p]), m.rowValues()[p], m.rowTimes()[p]));
      }
    }
    return out;
  }
}
