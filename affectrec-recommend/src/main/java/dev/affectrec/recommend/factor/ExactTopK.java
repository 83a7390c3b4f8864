package dev.affectrec.recommend.factor;

import dev.affectrec.recommend.rank.KthLargest;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Top-k over a factor model that returns exactly what scoring every item in float and calling
 * {@link TopK#select} returns, but reads 16-bit codes instead of floats for the whole catalogue.
 *
 * <p>Method: the user vector is quantised like the items ({@link QuantisedItems}); an integer dot
 * product per item gives an approximate score {@code a_i}. A bound {@code B} (per request, from the
 * quantisation residuals by Cauchy-Schwarz plus a float rounding allowance for both the approximate
 * and the exact score) guarantees {@code |exact_i - a_i| <= B} before clamping. With {@code T} the
 * k-th largest {@code clamp(a_j - B)} over eligible items, an item whose {@code clamp(a_i + B) < T}
 * scores strictly below k other items, so it cannot be in the top k whatever the tie-breaking. The
 * survivors (usually a few more than k) are re-scored exactly with the caller's scorer and ranked
 * by {@link TopK#select}: same scores, same order, same ties (lower index first). Inputs the bound
 * cannot cover (non-finite or extremely small or large vectors) fall back to scoring every item
 * with the exact scorer, which is slower but equally exact.
 *
 * <p>Immutable and thread-safe; each call allocates its own scratch (about 140 KiB at rank 64). The
 * scan runs on the calling thread: splitting it over two threads did not pay on the shared 2-core
 * benchmark machine (docs/BENCHMARKS.md).
 */
public final class ExactTopK {
  /**
   * Items per block: the integer accumulators and approximate scores stay in L1 cache. 1,024 had
   * the best minimum latency of 256, 512, 1,024 and 2,048 on the benchmark machine
   * (docs/BENCHMARKS.md).
   */
  private static final int BLOCK = 1024;

  /** Vectors whose largest component is below this fall back (keeps every product normal). */
  private static final float SMALLEST_SCALE = 0x1p-40f;

  /** Norm products above this fall back (keeps every score far from overflow). */
  private static final double LARGEST_NORM_PRODUCT = 1e30;

  private static final double UNIT_ROUNDOFF = 0x1p-24;

  /** The exact score of one item, as the model's brute-force path computes it. */
  @FunctionalInterface
  public interface ItemScorer {
    /**
     * @param item an item index
     * @return the same float the brute-force scoring writes for this item
     */
    float score(int item);
  }

  private final QuantisedItems codes;
  private final float[] offset;
  private final double maxAbsOffset;
  private final boolean usable;

  private ExactTopK(QuantisedItems codes, float[] offset) {
    this.codes = codes;
    this.offset = offset;
    double maxOffset = 0;
    boolean finiteOffset = true;
    for (float o : offset) {
      finiteOffset &= Float.isFinite(o);
      maxOffset = Math.max(maxOffset, Math.abs(o));
    }
    this.maxAbsOffset = maxOffset;
    boolean wellScaled = true;
    for (float s : codes.scale()) {
      wellScaled &= s == 0 || s >= SMALLEST_SCALE / codes.levels();
    }
    this.usable = codes.finite() && finiteOffset && wellScaled;
  }

  /**
   * Prepares the fast path for a catalogue.
   *
   * @param itemFactors {@code items * factors} floats, row-major; not copied, must not change
   * @param items the number of items, at least 0
   * @param factors at least 1
   * @param itemOffset one additive term per item (the item bias), not copied, must not change
   * @throws IllegalArgumentException if the array sizes do not match
   */
  public static ExactTopK of(float[] itemFactors, int items, int factors, float[] itemOffset) {
    if (items < 0
        || factors < 1
        || itemFactors.length != (long) items * factors
        || itemOffset.length != items) {
      throw new IllegalArgumentException(
          "expected "
              + items
              + " x "
              + factors
              + " item factors and "
              + items
              + " offsets but got "
              + itemFactors.length
              + " and "
              + itemOffset.length);
    }
    return new ExactTopK(QuantisedItems.of(itemFactors, items, factors), itemOffset);
  }

  /**
   * The best {@code k} items for the user vector at {@code vectors[from .. from + factors)}.
   *
   * @param form the score transform the exact scorer applies, never null
   * @param k at least 1
   * @param exclude items never selected, or null for none
   * @param exact the exact score of an item: {@code form} applied to the float sum of {@code
   *     shift}, the item's offset and the products {@code x_k * y_ik}, in any order
   * @return the same ranking as {@code TopK.select(all exact scores, k, exclude)}
   */
  public Ranking select(
      float[] vectors, int from, ScoreTransform form, int k, BitSet exclude, ItemScorer exact) {
    Objects.requireNonNull(form, "form is required");
    Objects.requireNonNull(exact, "exact is required");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was " + k);
    }
    int f = codes.factors();
    float maxAbs = 0;
    boolean finite = true;
    for (int c = 0; c < f; c++) {
      finite &= Float.isFinite(vectors[from + c]);
      maxAbs = Math.max(maxAbs, Math.abs(vectors[from + c]));
    }
    if (!usable || !finite || (maxAbs != 0 && maxAbs < SMALLEST_SCALE)) {
      return bruteForce(k, exclude, exact);
    }
    UserCodes user = UserCodes.of(vectors, from, f, codes.levels(), maxAbs, BLOCK);
    double bound = bound(user, form);
    if (!(bound < Double.POSITIVE_INFINITY)
        || user.norm() * codes.maxNorm() > LARGEST_NORM_PRODUCT) {
      return bruteForce(k, exclude, exact);
    }
    Candidates candidates = scan(user, form, (float) bound, k, exclude);
    float[] scores = new float[candidates.size()];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = exact.score(candidates.item(c));
    }
    Ranking byPosition = TopK.select(scores, k, null);
    int[] items = new int[byPosition.size()];
    for (int r = 0; r < items.length; r++) {
      items[r] = candidates.item(byPosition.items()[r]);
    }
    return new Ranking(items, byPosition.scores());
  }

  /**
   * {@code B}: quantisation error {@code sy_i ||e_x|| ||q_i|| + ||x|| ||e_i||} plus a rounding
   * allowance covering the float evaluation of both the approximate and the exact score (at most
   * {@code (f + 10) u} times the sum of the terms' magnitudes; twice that is allowed), rounded up.
   */
  private double bound(UserCodes user, ScoreTransform form) {
    int f = codes.factors();
    double quantisation =
        user.residualNorm() * codes.maxScaledCodeNorm() + user.norm() * codes.maxResidualNorm();
    double magnitude =
        (user.norm() + user.residualNorm()) * Math.max(codes.maxScaledCodeNorm(), codes.maxNorm())
            + form.shiftMagnitude()
            + maxAbsOffset;
    double rounding = (2.0 * f + 24) * UNIT_ROUNDOFF * magnitude + (4.0 * f + 32) * Float.MIN_VALUE;
    return Math.nextUp((float) (1.25 * (quantisation + rounding)));
  }

  /** One pass over the codes: approximate scores, the running k-th lower bound, survivors. */
  private Candidates scan(UserCodes user, ScoreTransform form, float bound, int k, BitSet exclude) {
    int n = codes.items();
    int pairs = codes.pairs();
    short[] itemCodes = codes.codes();
    short[] userCodes = user.broadcast();
    float[] scale = codes.scale();
    float sx = user.scale();
    float shift = form.shift();
    KthLargest threshold = new KthLargest(Math.max(1, Math.min(k, n)));
    Candidates candidates = new Candidates(Math.max(16, 4 * k));
    int[] acc = new int[BLOCK];
    float[] approx = new float[BLOCK];
    float cutoff = Float.NEGATIVE_INFINITY;
    for (int start = 0; start < n; start += BLOCK) {
      int len = Math.min(BLOCK, n - start);
      Arrays.fill(acc, 0);
      for (int p = 0; p < pairs; p++) {
        int base = p * 2 * n + 2 * start;
        int ub = p * 2 * BLOCK;
        for (int j = 0; j < len; j++) {
          acc[j] +=
              userCodes[ub + 2 * j] * itemCodes[base + 2 * j]
                  + userCodes[ub + 2 * j + 1] * itemCodes[base + 2 * j + 1];
        }
      }
      for (int j = 0; j < len; j++) {
        approx[j] = (sx * scale[start + j]) * acc[j] + offset[start + j] + shift;
      }
      for (int j = 0; j < len; j++) {
        float a = approx[j];
        if (a < cutoff || (exclude != null && exclude.get(start + j))) {
          continue;
        }
        candidates.add(start + j, a);
        if (threshold.offer(form.clamp(a - bound)) && threshold.full()) {
          cutoff = cutoffFor(threshold.kth(), form, bound);
        }
      }
    }
    if (threshold.full()) {
      candidates.retainAtLeast(cutoffFor(threshold.kth(), form, bound));
    }
    return candidates;
  }

  /**
   * The smallest approximate score that can still reach a k-th lower bound of {@code kth}: {@code
   * clamp(a + B) >= kth} holds exactly when {@code a >= kth - B}, unless {@code kth} is at the
   * lower clamp, which every item reaches.
   */
  private static float cutoffFor(float kth, ScoreTransform form, float bound) {
    return kth > form.min() ? kth - bound : Float.NEGATIVE_INFINITY;
  }

  /** Scores every eligible item with the exact scorer. */
  private Ranking bruteForce(int k, BitSet exclude, ItemScorer exact) {
    float[] scores = new float[codes.items()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = exclude != null && exclude.get(i) ? Float.NaN : exact.score(i);
    }
    return TopK.select(scores, k, exclude);
  }
}
