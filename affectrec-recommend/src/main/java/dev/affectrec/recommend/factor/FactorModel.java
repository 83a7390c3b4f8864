package dev.affectrec.recommend.factor;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.model.ModelReader;
import dev.affectrec.recommend.model.ModelWriter;
import dev.affectrec.recommend.model.RatingPredictor;
import dev.affectrec.recommend.model.RowMajor;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.recommend.rank.Ranking;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * A latent-factor model: {@code score(u, i) = x_u . y_i + b_i}. Trained by ALS, BPR or a peer
 * (Spark ALS). Scoring runs factor by factor over a factor-major copy of the item vectors, a loop
 * the JIT vectorises. Top-k requests take the exact fast path of {@link ExactTopK} (16-bit codes
 * rebuilt from the float vectors at construction, so files are unchanged), which returns the same
 * ranking as scoring every item. Fold-in solves the implicit least squares for a new user vector.
 * Immutable and thread-safe.
 */
public final class FactorModel extends ScoringModel implements RatingPredictor {
  /** The kind written in model files. */
  public static final String KIND = "factors";

  /** Items per scoring block: 2,048 floats (8 KiB) of scores stay in L1 cache. */
  private static final int BLOCK = 2048;

  private final int f;
  private final float[] userFactors;
  private final float[] itemFactors;
  private final RowMajor itemFactorsByFactor;
  private final float[] itemBias;
  private final double[] gram;
  private final FoldIn foldIn;
  private final boolean explicit;
  private final ExactTopK fast;

  /**
   * @param userFactors row-major {@code users.size() * factors}
   * @param itemFactors row-major {@code items.size() * factors}
   * @param itemBias one per item (zeros for none)
   * @param foldIn how new users are folded in
   * @param explicit whether scores are rating predictions (explicit training) rather than
   *     preference scores
   */
  public FactorModel(
      IdIndex users,
      IdIndex items,
      float[] popularity,
      Provenance provenance,
      int factors,
      float[] userFactors,
      float[] itemFactors,
      float[] itemBias,
      FoldIn foldIn,
      boolean explicit) {
    super(users, items, popularity, provenance);
    if (factors < 1
        || userFactors.length != users.size() * factors
        || itemFactors.length != items.size() * factors
        || itemBias.length != items.size()) {
      throw new IllegalArgumentException("factor arrays do not match the user and item counts");
    }
    this.f = factors;
    this.userFactors = userFactors;
    this.itemFactors = itemFactors;
    this.itemBias = itemBias;
    this.foldIn = foldIn;
    this.explicit = explicit;
    int n = items.size();
    this.itemFactorsByFactor = RowMajor.transposeOf(itemFactors, n, f);
    this.gram = ConjugateGradient.gram(itemFactors, n, f);
    this.fast = ExactTopK.of(itemFactors, n, f, itemBias);
  }

  /** The number of latent factors. */
  public int factors() {
    return f;
  }

  /** A copy of user {@code user}'s vector. */
  public float[] userVector(int user) {
    return java.util.Arrays.copyOfRange(userFactors, user * f, (user + 1) * f);
  }

  /** A copy of item {@code item}'s vector. */
  public float[] itemVector(int item) {
    return java.util.Arrays.copyOfRange(itemFactors, item * f, (item + 1) * f);
  }

  @Override
  public void scoreUser(int user, float[] out) {
    scoreVector(userFactors, user * f, out);
  }

  /**
   * {@inheritDoc} Exact fast path: the same ranking as scoring every item, far less memory read.
   */
  @Override
  public Ranking topK(int user, int k, BitSet exclude) {
    return topKFor(userFactors, user * f, k, exclude);
  }

  @Override
  protected Ranking topKForHistory(
      int[] historyItems, float[] historyValues, int k, BitSet exclude) {
    return topKFor(foldInVector(historyItems, historyValues), 0, k, exclude);
  }

  /**
   * Brute-force top-k (every item scored by the blocked kernel, then {@link
   * dev.affectrec.recommend.rank.TopK#select}): the reference the fast path must equal, kept for
   * tests and benchmarks.
   */
  public Ranking topKBruteForce(int user, int k, BitSet exclude) {
    return super.topK(user, k, exclude);
  }

  private Ranking topKFor(float[] vectors, int offset, int k, BitSet exclude) {
    return fast.select(
        vectors,
        offset,
        ScoreTransform.NONE,
        k,
        exclude,
        item -> {
          // The brute-force kernel's order: bias first, then factors in order.
          float s = itemBias[item];
          int base = item * f;
          for (int c = 0; c < f; c++) {
            s += vectors[offset + c] * itemFactors[base + c];
          }
          return s;
        });
  }

  /**
   * Scores every item for the user vector at {@code offset} of {@code vectors}. Items are processed
   * in blocks whose scores stay in L1 cache while all factors are added, so each factor value is
   * read once and the inner loop is {@link RowMajor#addScaledRow}, which the JIT vectorises.
   */
  private void scoreVector(float[] vectors, int offset, float[] out) {
    int n = out.length;
    System.arraycopy(itemBias, 0, out, 0, n);
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      for (int k = 0; k < f; k++) {
        itemFactorsByFactor.addScaledRow(k, vectors[offset + k], out, start, end);
      }
    }
  }

  @Override
  public void scoreHistory(int[] historyItems, float[] historyValues, float[] out) {
    scoreVector(foldInVector(historyItems, historyValues), 0, out);
  }

  /**
   * Fold-in: the user vector that solves the implicit least squares for this history, with the item
   * vectors fixed (exact up to rounding: {@code factors} CG steps from zero).
   */
  public float[] foldInVector(int[] historyItems, float[] historyValues) {
    float[] confidence = new float[historyItems.length];
    for (int n = 0; n < confidence.length; n++) {
      confidence[n] = foldIn.confidence(historyValues[n]);
    }
    float[] x = new float[f];
    new ConjugateGradient(f)
        .solve(
            gram,
            itemFactors,
            historyItems,
            confidence,
            0,
            historyItems.length,
            foldIn.regularisation(historyItems.length),
            x,
            0,
            f);
    return x;
  }

  /** {@inheritDoc} The raw score {@code x_u . y_i + b_i}; NaN for an unknown user or item. */
  @Override
  public double predict(String user, String item) {
    int u = users().indexOf(user);
    int i = items().indexOf(item);
    if (u < 0 || i < 0) {
      return Double.NaN;
    }
    double sum = itemBias[i];
    for (int k = 0; k < f; k++) {
      sum += (double) userFactors[u * f + k] * itemFactors[i * f + k];
    }
    return sum;
  }

  /** True only for explicitly trained factors, whose scores are rating predictions. */
  @Override
  public boolean predictsRatings() {
    return explicit;
  }

  @Override
  public void save(Path file) throws IOException {
    try (ModelWriter out = new ModelWriter(file, KIND, provenance())) {
      out.writeIndex(users());
      out.writeIndex(items());
      out.writeFloats(popularity());
      out.writeInt(f);
      out.writeFloats(userFactors);
      out.writeFloats(itemFactors);
      out.writeFloats(itemBias);
      out.writeDouble(foldIn.lambda());
      out.writeDouble(foldIn.alpha());
      // Bit 0: binary; bit 1: weighted (files written before weighting hold 0 or 1); bit 2: the
      // weighting's exponent follows (files without it weight by lambda * n).
      out.writeInt((foldIn.binary() ? 1 : 0) | (foldIn.weighted() ? 2 : 0) | 4);
      out.writeDouble(foldIn.exponent());
      out.writeInt(explicit ? 1 : 0);
    }
  }

  /** Loads a model written by {@link #save}. */
  public static FactorModel load(Path file) throws IOException {
    try (ModelReader in = new ModelReader(file)) {
      in.requireKind(KIND);
      return new FactorModel(
          in.readIndex(),
          in.readIndex(),
          in.readFloats(),
          in.provenance(),
          in.readInt(),
          in.readFloats(),
          in.readFloats(),
          in.readFloats(),
          foldIn(in),
          in.readInt() == 1);
    }
  }

  private static FoldIn foldIn(ModelReader in) throws IOException {
    double lambda = in.readDouble();
    double alpha = in.readDouble();
    int flags = in.readInt();
    double exponent = (flags & 4) != 0 ? in.readDouble() : 1;
    return new FoldIn(lambda, alpha, (flags & 1) != 0, (flags & 2) != 0, exponent);
  }
}
