package dev.affectrec.recommend.mf;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.factor.ExactTopK;
import dev.affectrec.recommend.factor.ScoreTransform;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ModelWriter;
import dev.affectrec.recommend.model.RatingPredictor;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * A trained biased MF model. Predictions are clamped to the training rating range. Unknown users
 * get {@code mu + b_i}, unknown items {@code mu + b_u}, both unknown {@code mu}: {@link #predict}
 * never returns NaN. Fold-in, with the item side fixed, solves a new user's bias and vector exactly
 * when the model was trained by ALS, else runs a few SGD passes on them from the damped mean. Top-k
 * requests take the exact fast path of {@link ExactTopK} (same ranking as scoring every item).
 * Immutable and thread-safe.
 */
public final class BiasedMfModel extends ScoringModel implements RatingPredictor {
  /** The kind written in model files. */
  public static final String KIND = "biasedmf";

  private final MfParameters params;
  private final float min;
  private final float max;
  private final BiasedMfConfig config;
  private final ExactTopK fast;

  BiasedMfModel(
      IdIndex users,
      IdIndex items,
      float[] popularity,
      Provenance provenance,
      MfParameters params,
      float min,
      float max,
      BiasedMfConfig config) {
    super(users, items, popularity, provenance);
    this.params = params;
    this.min = min;
    this.max = max;
    this.config = config;
    this.fast = ExactTopK.of(params.itemFactors, items.size(), params.f, params.itemBias);
  }

  /** The global mean rating. */
  public float globalMean() {
    return params.mean;
  }

  /** The predicted rating for known indices, clamped to the training range. */
  public float predict(int user, int item) {
    return clamp(params.raw(params.userBias[user], params.userFactors, user * params.f, item));
  }

  @Override
  public double predict(String user, String item) {
    int u = users().indexOf(user);
    int i = items().indexOf(item);
    if (u >= 0 && i >= 0) {
      return predict(u, i);
    }
    float value = params.mean;
    if (u >= 0) {
      value += params.userBias[u];
    }
    if (i >= 0) {
      value += params.itemBias[i];
    }
    return clamp(value);
  }

  private float clamp(float v) {
    return Math.max(min, Math.min(max, v));
  }

  @Override
  public void scoreUser(int user, float[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = predict(user, i);
    }
  }

  /**
   * {@inheritDoc} Exact fast path: the same ranking as scoring every item, far less memory read.
   */
  @Override
  public Ranking topK(int user, int k, BitSet exclude) {
    return topKFor(params.userBias[user], params.userFactors, user * params.f, k, exclude);
  }

  @Override
  protected Ranking topKForHistory(
      int[] historyItems, float[] historyValues, int k, BitSet exclude) {
    float[] bias = new float[1];
    float[] vector = foldIn(historyItems, historyValues, bias);
    return topKFor(bias[0], vector, 0, k, exclude);
  }

  private Ranking topKFor(float bu, float[] vectors, int from, int k, BitSet exclude) {
    ExactTopK.ItemScorer exact = item -> clamp(params.raw(bu, vectors, from, item));
    float shift = params.mean + bu;
    if (!Float.isFinite(shift)) {
      float[] scores = new float[items().size()];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = exact.score(i);
      }
      return TopK.select(scores, k, exclude);
    }
    // The bound needs the magnitudes of the terms behind the shift; |shift| covers its rounding.
    double magnitude = Math.abs((double) params.mean) + Math.abs(bu) + Math.abs(shift);
    return fast.select(
        vectors, from, new ScoreTransform(shift, magnitude, min, max), k, exclude, exact);
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    float[] bias = new float[1];
    float[] vector = foldIn(historyItems, historyValues, bias);
    for (int i = 0; i < out.length; i++) {
      out[i] = clamp(params.raw(bias[0], vector, 0, i));
    }
  }

  /** A new user's vector (returned) and bias (written to {@code bias[0]}) for a history. */
  private float[] foldIn(int[] historyItems, float[] historyValues, float[] bias) {
    int f = params.f;
    float[] vector = new float[f];
    if (config.exact()) {
      new BiasedLeastSquares(f, config.lambda(), config.biasLambda())
          .solve(
              historyItems,
              historyValues,
              0,
              historyItems.length,
              params.mean,
              params.itemBias,
              params.itemFactors,
              bias,
              vector,
              0);
      return vector;
    }
    double residual = 0;
    for (int n = 0; n < historyItems.length; n++) {
      residual += historyValues[n] - params.mean - params.itemBias[historyItems[n]];
    }
    bias[0] = (float) (residual / (historyItems.length + config.biasDamping()));
    MfParameters one =
        new MfParameters(params.mean, bias, params.itemBias, vector, params.itemFactors, f);
    double lr = config.learningRate();
    for (int epoch = 0; epoch < config.foldInEpochs(); epoch++) {
      for (int n = 0; n < historyItems.length; n++) {
        one.sgdStep(
            0,
            historyItems[n],
            historyValues[n],
            (float) lr,
            (float) config.lambda(),
            (float) config.biasLambda(),
            false);
      }
      lr *= config.decay();
    }
    return vector;
  }

  @Override
  public void save(Path file) throws IOException {
    try (ModelWriter out = new ModelWriter(file, KIND, provenance())) {
      out.writeIndex(users());
      out.writeIndex(items());
      out.writeFloats(popularity());
      out.writeInt(params.f);
      out.writeDouble(params.mean);
      out.writeFloats(params.userBias);
      out.writeFloats(params.itemBias);
      out.writeFloats(params.userFactors);
      out.writeFloats(params.itemFactors);
      out.writeDouble(min);
      out.writeDouble(max);
      out.writeInt(config.foldInEpochs());
    }
  }

  /**
   * Loads a model written by {@link #save}; fold-in settings come from its provenance (files
   * written before the solver was recorded were trained by {@value BiasedMfConfig#LEGACY_SOLVER}).
   */
  public static BiasedMfModel load(Path file) throws IOException {
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(KIND);
      IdIndex users = in.readIndex();
      IdIndex items = in.readIndex();
      float[] popularity = in.readFloats();
      int f = in.readInt();
      float mean = (float) in.readDouble();
      MfParameters params =
          new MfParameters(
              mean, in.readFloats(), in.readFloats(), in.readFloats(), in.readFloats(), f);
      float min = (float) in.readDouble();
      float max = (float) in.readDouble();
      int foldInEpochs = in.readInt();
      Provenance p = in.provenance();
      java.util.Map<String, String> q = p.parameters();
      BiasedMfConfig config =
          new BiasedMfConfig(
              f,
              Integer.parseInt(q.get("epochs")),
              Double.parseDouble(q.get("learningRate")),
              Double.parseDouble(q.get("decay")),
              Double.parseDouble(q.get("lambda")),
              Double.parseDouble(q.get("biasLambda")),
              Double.parseDouble(q.get("initStd")),
              foldInEpochs,
              p.seed(),
              q.containsKey("biasDamping")
                  ? Double.parseDouble(q.get("biasDamping"))
                  : Double.POSITIVE_INFINITY,
              q.getOrDefault("solver", BiasedMfConfig.LEGACY_SOLVER),
              Integer.parseInt(
                  q.getOrDefault(
                      "iterations", String.valueOf(BiasedMfConfig.DEFAULTS.iterations()))));
      return new BiasedMfModel(users, items, popularity, p, params, min, max, config);
    }
  }
}
