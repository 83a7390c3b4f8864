package dev.affectrec.recommend.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.util.BitSet;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ExactTopKTest {

  /** A catalogue plus the exact scorer every ranking is checked against. */
  private record Catalogue(float[] items, float[] bias, int n, int f) {
    float score(float[] user, ScoreTransform form, int item) {
      float dot = 0;
      for (int c = 0; c < f; c++) {
        dot += user[c] * items[item * f + c];
      }
      return form.clamp(form.shift() + bias[item] + dot);
    }

    Ranking fast(float[] user, ScoreTransform form, int k, BitSet exclude) {
      return ExactTopK.of(items, n, f, bias)
          .select(user, 0, form, k, exclude, i -> score(user, form, i));
    }

    Ranking bruteForce(float[] user, ScoreTransform form, int k, BitSet exclude) {
      float[] scores = new float[n];
      for (int i = 0; i < n; i++) {
        scores[i] = score(user, form, i);
      }
      return TopK.select(scores, k, exclude);
    }
  }

  private static void assertSame(Ranking actual, Ranking expected) {
    assertThat(actual.items()).containsExactly(expected.items());
    assertThat(actual.scores()).containsExactly(expected.scores());
  }

  /**
   * Kinds: 0 small multiples of 0.5 (many exact ties and zero rows), 1 Gaussian, 2 Gaussian with
   * zero rows and negative biases, 3 item norms spread over six orders of magnitude.
   */
  private static float value(SplittableRandom random, int kind, int item) {
    return switch (kind) {
      case 0 -> 0.5f * (random.nextInt(5) - 2);
      case 1 -> (float) random.nextGaussian();
      case 2 -> item % 5 == 0 ? 0f : (float) random.nextGaussian();
      default -> (float) (random.nextGaussian() * Math.pow(10, (item % 7) - 3));
    };
  }

  private static Catalogue catalogue(long seed, int n, int f, int kind) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] items = new float[n * f];
    float[] bias = new float[n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < f; c++) {
        items[i * f + c] = value(random, kind, i);
      }
      bias[i] =
          kind == 2 ? (float) -Math.abs(random.nextGaussian()) : kind == 0 ? 0.5f * (i % 3) : 0f;
    }
    return new Catalogue(items, bias, n, f);
  }

  @Property(tries = 400)
  void fastTopKEqualsBruteForceTopK(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 9) int f,
      @ForAll @IntRange(min = 1, max = 320) int k,
      @ForAll @IntRange(min = 0, max = 3) int kind,
      @ForAll @IntRange(min = 0, max = 4) int excludeEvery,
      @ForAll @IntRange(min = 0, max = 2) int transform) {
    Catalogue cat = catalogue(seed, n, f, kind);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    float[] user = new float[f];
    boolean zeroUser = random.nextInt(8) == 0;
    for (int c = 0; c < f; c++) {
      user[c] = zeroUser ? 0f : value(random, kind, c);
    }
    BitSet exclude = new BitSet(n);
    for (int i = 0; excludeEvery > 0 && i < n; i += excludeEvery) {
      exclude.set(random.nextInt(Math.max(1, n)));
    }
    ScoreTransform form =
        switch (transform) {
          case 0 -> ScoreTransform.NONE;
          case 1 ->
              new ScoreTransform(-1.5f, 1.5, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
          default -> new ScoreTransform(0.25f, 0.25, -1f, 1f);
        };
    assertSame(cat.fast(user, form, k, exclude), cat.bruteForce(user, form, k, exclude));
  }

  @Property(tries = 25)
  void fastTopKEqualsBruteForceOverSeveralBlocksAtRank64(
      @ForAll long seed,
      @ForAll @IntRange(min = 2000, max = 6000) int n,
      @ForAll @IntRange(min = 1, max = 50) int k) {
    Catalogue cat = catalogue(seed, n, 64, 1);
    float[] user = new float[64];
    SplittableRandom random = new SplittableRandom(seed);
    for (int c = 0; c < user.length; c++) {
      user[c] = (float) random.nextGaussian();
    }
    BitSet exclude = new BitSet(n);
    for (int e = 0; e < 50; e++) {
      exclude.set(random.nextInt(n));
    }
    assertSame(
        cat.fast(user, ScoreTransform.NONE, k, exclude),
        cat.bruteForce(user, ScoreTransform.NONE, k, exclude));
  }

  private static final Catalogue HAND =
      new Catalogue(new float[] {1, 0, 0, 1, 1, 1, -1, 0, 0, 0, 1, 1}, new float[6], 6, 2);

  @Test
  void ranksAHandBuiltCatalogueWithTiesByLowerIndex() {
    float[] user = {1f, 0.5f};
    // Scores: 1, 0.5, 1.5, -1, 0, 1.5 (items 2 and 5 tie).
    Ranking top = HAND.fast(user, ScoreTransform.NONE, 3, null);
    assertThat(top.items()).containsExactly(2, 5, 0);
    assertThat(top.scores()).containsExactly(1.5f, 1.5f, 1f);
    BitSet exclude = new BitSet();
    exclude.set(2);
    assertThat(HAND.fast(user, ScoreTransform.NONE, 3, exclude).items()).containsExactly(5, 0, 1);
  }

  @Test
  void returnsEveryEligibleItemWhenKExceedsTheCatalogue() {
    Ranking all = HAND.fast(new float[] {1f, 0.5f}, ScoreTransform.NONE, 50, null);
    assertThat(all.items()).containsExactly(2, 5, 0, 1, 4, 3);
    assertThat(all.scores()).containsExactly(1.5f, 1.5f, 1f, 0.5f, 0f, -1f);
  }

  @Test
  void zeroUserRanksByOffsetThenIndex() {
    Catalogue biased = new Catalogue(HAND.items(), new float[] {0, 2, 0, 2, -1, 0}, 6, 2);
    Ranking top = biased.fast(new float[2], ScoreTransform.NONE, 4, null);
    assertThat(top.items()).containsExactly(1, 3, 0, 2);
  }

  @Test
  void clampedScoresTieAtTheBoundAndKeepIndexOrder() {
    ScoreTransform form = new ScoreTransform(0f, 0, 0f, 1f);
    Ranking top = HAND.fast(new float[] {2f, 2f}, form, 3, null);
    // Raw scores 2, 2, 4, -2, 0, 4 all clamp to 1 except items 3 (0) and 4 (0).
    assertThat(top.items()).containsExactly(0, 1, 2);
    assertThat(top.scores()).containsExactly(1f, 1f, 1f);
  }

  @Test
  void nonFiniteUsersFallBackToTheExactScorer() {
    float[] user = {Float.NaN, 1f};
    assertSame(
        HAND.fast(user, ScoreTransform.NONE, 3, null),
        HAND.bruteForce(user, ScoreTransform.NONE, 3, null));
    assertThat(HAND.fast(user, ScoreTransform.NONE, 3, null).size()).isZero();
    float[] tiny = {1e-30f, -1e-30f};
    assertSame(
        HAND.fast(tiny, ScoreTransform.NONE, 2, null),
        HAND.bruteForce(tiny, ScoreTransform.NONE, 2, null));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> HAND.fast(new float[2], ScoreTransform.NONE, 0, null))
        .hasMessageContaining("k must be at least 1 but was 0");
    assertThatThrownBy(() -> ExactTopK.of(new float[5], 3, 2, new float[3]))
        .hasMessageContaining("expected 3 x 2 item factors");
    assertThatThrownBy(() -> new ScoreTransform(Float.NaN, 1, 0, 1))
        .hasMessageContaining("shift NaN");
    assertThatThrownBy(() -> new ScoreTransform(0, 0, 2, 1))
        .hasMessageContaining("clamp range [2.0, 1.0]");
  }

  @Test
  void codeLevelsNeverOverflowAnIntDotProduct() {
    for (int f : new int[] {1, 2, 3, 64, 65, 1000}) {
      long levels = QuantisedItems.levelsFor(f);
      assertThat((f + (f & 1)) * levels * levels).isLessThanOrEqualTo(Integer.MAX_VALUE);
      assertThat(levels).isBetween(1L, (long) Short.MAX_VALUE);
    }
    assertThat(QuantisedItems.levelsFor(64)).isEqualTo(5792);
  }
}
