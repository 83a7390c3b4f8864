package dev.affectrec.hybrid.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.recommend.data.IdIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static double[] f(double cf, double reputation) {
    double[] v = new double[Feature.COUNT];
    v[Feature.CF.ordinal()] = cf;
    v[Feature.REPUTATION.ordinal()] = reputation;
    return v;
  }

  @Test
  void blendIsTheWeightedSum() {
    BlendWeights w = BlendWeights.CF_ONLY.with(Feature.REPUTATION, 0.5);
    assertThat(HybridBlend.score(f(0.4, -0.2), w)).isCloseTo(0.3, within(1e-12));
    assertThatThrownBy(() -> HybridBlend.score(new double[2], w))
        .hasMessageContaining("exactly " + Feature.COUNT);
    double[] bad = new double[Feature.COUNT];
    bad[0] = Double.NaN;
    assertThatThrownBy(() -> new BlendWeights(bad)).hasMessageContaining("weight of cf");
  }

  @Test
  void ndcgOfOneRelevantItemAtRankTwo() {
    RankingQuery q =
        new RankingQuery(
            new double[][] {f(0.9, 0), f(0.5, 1), f(0.1, 0)}, new boolean[] {false, true, false});
    assertThat(q.ndcg(BlendWeights.CF_ONLY, 10))
        .isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
    assertThat(q.ndcg(BlendWeights.CF_ONLY, 1)).isZero();
  }

  @Test
  void coordinateAscentLearnsAFeatureThatPredictsRelevanceAndIgnoresConstantOnes() {
    List<RankingQuery> queries = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      queries.add(
          new RankingQuery(
              new double[][] {f(0.9, 0), f(0.8, 0), f(0.7, 0)},
              new boolean[] {true, false, false}));
      queries.add(
          new RankingQuery(
              new double[][] {f(0.9, 0), f(0.8, 0), f(0.7, 1)},
              new boolean[] {false, false, true}));
    }
    BlendWeights learned = CoordinateAscent.DEFAULTS.learn(queries, BlendWeights.CF_ONLY);
    assertThat(CoordinateAscent.DEFAULTS.meanNdcg(queries, learned)).isEqualTo(1.0);
    assertThat(learned.weight(Feature.CF)).isPositive();
    assertThat(learned.weight(Feature.REPUTATION)).isGreaterThan(0.2 * learned.weight(Feature.CF));
    assertThat(learned.weight(Feature.MOOD_FIT)).isZero();
    assertThat(CoordinateAscent.DEFAULTS.meanNdcg(List.of(), learned)).isZero();
    assertThatThrownBy(() -> new CoordinateAscent(0, 1, new double[] {1}, 0))
        .hasMessageContaining("k");
  }

  @Test
  void contextLiftMatchesHandComputedValues() {
    // all 10 uses in a bucket with global share 0.25: (10 + 1.25) / 15 / 0.25 - 1 = 2, clamped.
    assertThat(ContextCounts.lift(10, 10, 0.25)).isEqualTo(1);
    // none of 10: 1.25 / 15 / 0.25 - 1 = -2/3.
    assertThat(ContextCounts.lift(0, 10, 0.25)).isCloseTo(-2.0 / 3, within(1e-12));
    IdIndex items = IdIndex.of(List.of("a", "b"));
    ContextCounts counts =
        ContextCounts.of(
            items,
            List.of(
                new ContextCounts.Observation("a", "morning"),
                new ContextCounts.Observation("b", "evening"),
                new ContextCounts.Observation("zzz", "evening")));
    // a: (1 + 0.5 * 5) / 6 / 0.5 - 1 = 1/6
    assertThat(counts.lift(0, "morning")).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(counts.lift(0, "night")).isZero();
    assertThat(counts.lift(0, null)).isZero();
    assertThat(ContextBuckets.timeBand(Instant.parse("2026-11-28T07:00:00Z"))).isEqualTo("morning");
    assertThat(ContextBuckets.dayKind(Instant.parse("2026-11-28T07:00:00Z"))).isEqualTo("weekend");
    assertThat(ContextBuckets.dayKind(Instant.parse("2026-11-27T23:00:00Z"))).isEqualTo("weekday");
  }
}
