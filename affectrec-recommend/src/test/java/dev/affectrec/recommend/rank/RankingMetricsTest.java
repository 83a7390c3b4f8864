package dev.affectrec.recommend.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  // Ranked 7, 3, 9, 1 with relevant {3, 1, 42}: hits at ranks 2 and 4.
  private static final int[] RANKED = {7, 3, 9, 1};
  private static final Set<Integer> RELEVANT = Set.of(3, 1, 42);

  @Test
  void handComputedValuesAtFour() {
    assertThat(RankingMetrics.precision(RANKED, RELEVANT, 4)).isEqualTo(0.5);
    assertThat(RankingMetrics.recall(RANKED, RELEVANT, 4)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(RankingMetrics.f1(RANKED, RELEVANT, 4)).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(RankingMetrics.hitRate(RANKED, RELEVANT, 4)).isEqualTo(1);
    assertThat(RankingMetrics.reciprocalRank(RANKED, RELEVANT, 4)).isEqualTo(0.5);
    // AP = (1/2 + 2/4) / min(3, 4)
    assertThat(RankingMetrics.averagePrecision(RANKED, RELEVANT, 4))
        .isCloseTo(1.0 / 3, within(1e-12));
    // DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3) + 1/log2(4)
    double dcg = 1 / log2(3) + 1 / log2(5);
    double idcg = 1 + 1 / log2(3) + 0.5;
    assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 4)).isCloseTo(dcg / idcg, within(1e-12));
  }

  @Test
  void cutoffTruncatesTheList() {
    assertThat(RankingMetrics.precision(RANKED, RELEVANT, 1)).isZero();
    assertThat(RankingMetrics.hitRate(RANKED, RELEVANT, 1)).isZero();
    assertThat(RankingMetrics.reciprocalRank(RANKED, RELEVANT, 1)).isZero();
    assertThat(RankingMetrics.ndcg(RANKED, RELEVANT, 2))
        .isCloseTo((1 / log2(3)) / (1 + 1 / log2(3)), within(1e-12));
    // A list shorter than k counts the missing places as misses.
    assertThat(RankingMetrics.precision(new int[] {3}, RELEVANT, 10)).isEqualTo(0.1);
  }

  @Test
  void emptyListsAndUsersWithNothingRelevantScoreZero() {
    int[] empty = {};
    assertThat(RankingMetrics.precision(empty, RELEVANT, 5)).isZero();
    assertThat(RankingMetrics.ndcg(empty, RELEVANT, 5)).isZero();
    assertThat(RankingMetrics.averagePrecision(empty, RELEVANT, 5)).isZero();
    Set<Integer> none = Set.of();
    assertThat(RankingMetrics.recall(RANKED, none, 4)).isZero();
    assertThat(RankingMetrics.ndcg(RANKED, none, 4)).isZero();
    assertThat(RankingMetrics.averagePrecision(RANKED, none, 4)).isZero();
    assertThat(RankingMetrics.f1(RANKED, none, 4)).isZero();
    assertThat(RankingMetrics.reciprocalRank(RANKED, none, 4)).isZero();
  }

  @Test
  void perfectListHasNdcgAndApOne() {
    assertThat(RankingMetrics.ndcg(new int[] {3, 1, 42}, RELEVANT, 3)).isCloseTo(1, within(1e-12));
    assertThat(RankingMetrics.averagePrecision(new int[] {3, 1}, RELEVANT, 2))
        .isCloseTo(1, within(1e-12));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
