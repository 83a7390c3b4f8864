package dev.affectrec.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticInteractionsTest {
  /** 2,000 users, 1,000 items, 50 interactions per user on average. */
  private static final SyntheticConfig SMALL =
      new SyntheticConfig(100_000, 2_000, 1_000, 1.0, 0.5, 7);

  @Test
  void topOnePercentOfItemsTakeTheirZipfShare() throws IOException {
    // 20,000 users with 5 interactions each on average: one per (user, item) hardly binds.
    SyntheticConfig broad = new SyntheticConfig(100_000, 20_000, 1_000, 1.0, 0.5, 7);
    long[] perItem = perItem(broad);
    // Zipf(1) over 1,000 ranks gives the top 10 H(10) / H(1000) = 2.929 / 7.485 = 39% of the
    // draws; one interaction per (user, item) pair takes a little from the head.
    assertThat(share(perItem, 10)).isBetween(0.33, 0.40);
    // And the head is where the ranks say: item 0 is the most popular, the tail is thin.
    assertThat(perItem[0]).isEqualTo(Arrays.stream(perItem).max().orElseThrow());
    assertThat(share(perItem, 500)).isGreaterThan(0.85);
  }

  @Test
  void popularityStopsAtOneInteractionPerUser() throws IOException {
    // 2,000 users with 50 each: the top 10 items can hold at most 20,000 of the 100,000.
    long[] perItem = perItem(SMALL);
    assertThat(perItem[0]).isLessThanOrEqualTo(SMALL.users());
    assertThat(share(perItem, 10)).isBetween(0.10, 0.20);
  }

  @Test
  void userActivityIsSkewedAndSumsToTheInteractions() {
    int[] counts = new SyntheticInteractions(SMALL).userCounts();
    assertThat(Arrays.stream(counts).asLongStream().sum()).isEqualTo(SMALL.interactions());
    assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThanOrEqualTo(1);
    assertThat(Arrays.stream(counts).max().orElseThrow()).isLessThanOrEqualTo(SMALL.maxPerUser());
    // (r+1)^-0.5 over 2,000 users: the top 1% (20 users) hold about 8.5%, uniform would be 1%.
    long[] asLong = Arrays.stream(counts).asLongStream().toArray();
    assertThat(share(asLong, 20)).isBetween(0.07, 0.10);
  }

  @Test
  void everyPairIsDistinctAndInRange() throws IOException {
    Set<Long> pairs = new HashSet<>();
    int[] bad = {0};
    new SyntheticInteractions(SMALL)
        .forEach(
            (user, item, stars, time) -> {
              if (user < 0 || user >= SMALL.users() || item < 0 || item >= SMALL.items()) {
                bad[0]++;
              }
              if (stars < 1 || stars > 5) {
                bad[0]++;
              }
              pairs.add((long) user * SMALL.items() + item);
            });
    assertThat(bad[0]).isZero();
    assertThat(pairs).hasSize((int) SMALL.interactions());
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
    SyntheticConfig config = new SyntheticConfig(5_000, 100, 300, 1.0, 0.5, 11);
    String first = tsv(config);
    assertThat(tsv(config)).isEqualTo(first);
    assertThat(tsv(new SyntheticConfig(5_000, 100, 300, 1.0, 0.5, 12))).isNotEqualTo(first);
    assertThat(first.lines()).hasSize(5_000);
  }

  @Test
  void theWrittenFileReadsAsTsvRatings(@TempDir Path dir) throws IOException {
    SyntheticConfig config = new SyntheticConfig(3_000, 50, 200, 1.0, 0.5, 3);
    Path file = dir.resolve("nested/synthetic.tsv");
    assertThat(new SyntheticInteractions(config).writeTsv(file)).isEqualTo(3_000);
    List<dev.affectrec.recommend.data.Interaction> read = RatingsReader.read(DataFormat.TSV, file);
    assertThat(read).hasSize(3_000);
    assertThat(read.get(0).user()).isEqualTo("0");
  }

  @Test
  void heavyUsersInASmallCatalogueStillGetDistinctItems() throws IOException {
    // Every user takes half the catalogue: most of it from the scan after the draws run out.
    SyntheticConfig dense = new SyntheticConfig(500, 10, 100, 2.0, 0.0, 1);
    Set<Long> pairs = new HashSet<>();
    new SyntheticInteractions(dense).forEach((u, i, s, t) -> pairs.add((long) u * 100 + i));
    assertThat(pairs).hasSize(500);
  }

  @Test
  void movieLensShapedMatchesMovieLens25M() {
    SyntheticConfig config = SyntheticConfig.movieLensShaped(25_000_000, 1);
    assertThat(config.users()).isEqualTo(161_290);
    assertThat(config.items()).isEqualTo(59_523);
    SyntheticConfig tiny = SyntheticConfig.movieLensShaped(1_000, 1);
    assertThat((long) tiny.users() * tiny.maxPerUser()).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void impossibleConfigsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new SyntheticConfig(10, 20, 100, 1, 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactions");
    assertThatThrownBy(() -> new SyntheticConfig(1_000, 10, 100, 1, 0.5, 1))
        .hasMessageContaining("at most 500");
    assertThatThrownBy(() -> new SyntheticConfig(100, 10, 100, -1, 0.5, 1))
        .hasMessageContaining("itemExponent");
    assertThatThrownBy(() -> new SyntheticConfig(100, 10, 100, 1, Double.NaN, 1))
        .hasMessageContaining("userExponent");
  }

  /** The share of the total held by the {@code top} largest values. */
  private static double share(long[] values, int top) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(sorted).sum();
    long head = 0;
    for (int i = sorted.length - top; i < sorted.length; i++) {
      head += sorted[i];
    }
    return (double) head / total;
  }

  private static long[] perItem(SyntheticConfig config) throws IOException {
    long[] perItem = new long[config.items()];
    new SyntheticInteractions(config).forEach((user, item, stars, time) -> perItem[item]++);
    return perItem;
  }

  private static String tsv(SyntheticConfig config) throws IOException {
    StringWriter w = new StringWriter();
    new SyntheticInteractions(config).writeTsv(w);
    return w.toString();
  }
}
