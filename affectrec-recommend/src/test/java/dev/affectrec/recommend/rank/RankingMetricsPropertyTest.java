package dev.affectrec.recommend.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * Every ranking metric equals a brute-force reference written directly from its textbook
 * definition, over random rankings (distinct items, possibly shorter than k), relevant sets and k.
 */
class RankingMetricsPropertyTest {
  private static final double TOLERANCE = 1e-12;

  /** The textbook definitions, over the relevance vector {@code rel[i]} of ranks 1..k. */
  private record Reference(boolean[] rel, int relevantCount, int k) {
    static Reference of(List<Integer> ranking, Set<Integer> relevant, int k) {
      boolean[] rel = new boolean[k];
      for (int i = 0; i < k && i < ranking.size(); i++) {
        rel[i] = relevant.contains(ranking.get(i));
      }
      return new Reference(rel, relevant.size(), k);
    }

    /** |relevant in top i| for i = 1..k. */
    int hitsAt(int i) {
      return (int) IntStream.range(0, i).filter(n -> rel[n]).count();
    }

    double precision() {
      return hitsAt(k) / (double) k;
    }

    double recall() {
      return relevantCount == 0 ? 0 : hitsAt(k) / (double) relevantCount;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double hitRate() {
      return hitsAt(k) > 0 ? 1 : 0;
    }

    double reciprocalRank() {
      return IntStream.rangeClosed(1, k)
          .filter(i -> rel[i - 1])
          .mapToDouble(i -> 1.0 / i)
          .findFirst()
          .orElse(0);
    }

    /** The sum of {@code term(i)} over the 1-based ranks i within k that hold a relevant item. */
    private double overRelevantRanks(java.util.function.IntToDoubleFunction term) {
      return IntStream.rangeClosed(1, k).filter(i -> rel[i - 1]).mapToDouble(term).sum();
    }

    /** AP@k = sum over relevant ranks i of P@i, divided by min(|R|, k). */
    double averagePrecision() {
      if (relevantCount == 0) {
        return 0;
      }
      return overRelevantRanks(i -> hitsAt(i) / (double) i) / Math.min(relevantCount, k);
    }

    /** DCG@k / IDCG@k with gain 1 for a relevant item at rank i discounted by log2(i + 1). */
    double ndcg() {
      if (relevantCount == 0) {
        return 0;
      }
      double dcg = overRelevantRanks(i -> 1 / (Math.log(i + 1) / Math.log(2)));
      double idcg =
          IntStream.rangeClosed(1, Math.min(relevantCount, k))
              .mapToDouble(i -> 1 / (Math.log(i + 1) / Math.log(2)))
              .sum();
      return dcg / idcg;
    }
  }

  @Property(tries = 500)
  void everyMetricMatchesItsTextbookDefinition(
      @ForAll @Size(max = 25) @UniqueElements List<@IntRange(min = 0, max = 40) Integer> ranking,
      @ForAll @Size(max = 15) Set<@IntRange(min = 0, max = 40) Integer> relevant,
      @ForAll @IntRange(min = 1, max = 30) int k) {
    int[] ranked = ranking.stream().mapToInt(Integer::intValue).toArray();
    Reference ref = Reference.of(ranking, relevant, k);
    assertThat(RankingMetrics.precision(ranked, relevant, k))
        .isCloseTo(ref.precision(), within(TOLERANCE));
    assertThat(RankingMetrics.recall(ranked, relevant, k))
        .isCloseTo(ref.recall(), within(TOLERANCE));
    assertThat(RankingMetrics.f1(ranked, relevant, k)).isCloseTo(ref.f1(), within(TOLERANCE));
    assertThat(RankingMetrics.hitRate(ranked, relevant, k)).isEqualTo(ref.hitRate());
    assertThat(RankingMetrics.reciprocalRank(ranked, relevant, k))
        .isCloseTo(ref.reciprocalRank(), within(TOLERANCE));
    assertThat(RankingMetrics.averagePrecision(ranked, relevant, k))
        .isCloseTo(ref.averagePrecision(), within(TOLERANCE));
    assertThat(RankingMetrics.ndcg(ranked, relevant, k)).isCloseTo(ref.ndcg(), within(TOLERANCE));
  }

  @Property(tries = 200)
  void metricsStayInTheUnitIntervalAndAPerfectListScoresOne(
      @ForAll @Size(min = 1, max = 15) Set<@IntRange(min = 0, max = 40) Integer> relevant,
      @ForAll @IntRange(min = 1, max = 30) int k) {
    int[] perfect = relevant.stream().mapToInt(Integer::intValue).toArray();
    assertThat(RankingMetrics.ndcg(perfect, relevant, k)).isCloseTo(1, within(TOLERANCE));
    assertThat(RankingMetrics.averagePrecision(perfect, relevant, k))
        .isCloseTo(1, within(TOLERANCE));
    assertThat(RankingMetrics.reciprocalRank(perfect, relevant, k)).isEqualTo(1);
    assertThat(RankingMetrics.recall(perfect, relevant, k))
        .isCloseTo(Math.min(k, relevant.size()) / (double) relevant.size(), within(TOLERANCE));
  }
}
