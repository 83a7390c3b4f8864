package dev.affectrec.recommend.factor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.provenance.Provenance;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.data.IdIndex;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactorModelTopKTest {

  private static FactorModel randomModel(long seed, int users, int items, int f) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> userIds = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      userIds.add("u" + u);
    }
    List<String> itemIds = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      itemIds.add("i" + i);
    }
    float[] userFactors = new float[users * f];
    float[] itemFactors = new float[items * f];
    float[] bias = new float[items];
    for (int n = 0; n < userFactors.length; n++) {
      userFactors[n] = (float) random.nextGaussian();
    }
    for (int n = 0; n < itemFactors.length; n++) {
      itemFactors[n] = (float) (random.nextGaussian() * 0.1);
    }
    for (int i = 0; i < items; i++) {
      bias[i] = (float) (random.nextGaussian() * 0.05);
    }
    return new FactorModel(
        IdIndex.of(userIds),
        IdIndex.of(itemIds),
        new float[items],
        new Provenance("random", "test", Instant.EPOCH, Map.of(), Map.of(), seed, Map.of()),
        f,
        userFactors,
        itemFactors,
        bias,
        new FoldIn(0.1, 1, true),
        false);
  }

  @Property(tries = 30)
  void modelTopKEqualsBruteForceForEveryUser(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3000) int items,
      @ForAll @IntRange(min = 1, max = 24) int f,
      @ForAll @IntRange(min = 1, max = 40) int k) {
    FactorModel model = randomModel(seed, 5, items, f);
    BitSet exclude = new BitSet();
    for (int i = 0; i < items; i += 7) {
      exclude.set(i);
    }
    for (int u = 0; u < 5; u++) {
      Ranking fast = model.topK(u, k, exclude);
      Ranking brute = model.topKBruteForce(u, k, exclude);
      assertThat(fast.items()).containsExactly(brute.items());
      assertThat(fast.scores()).containsExactly(brute.scores());
    }
  }

  @Test
  void recommendAndFoldInServeTheBruteForceRanking() {
    FactorModel model = randomModel(11, 3, 4000, 16);
    Set<String> exclude = new HashSet<>(List.of("i1", "i2", "i3"));
    float[] scores = new float[4000];
    model.scoreUser(1, scores);
    BitSet bits = new BitSet();
    bits.set(1, 4);
    Ranking brute = TopK.select(scores, 10, bits);
    List<ScoredItem> served = model.recommend("u1", 10, exclude);
    assertThat(served).hasSize(10);
    for (int r = 0; r < 10; r++) {
      assertThat(served.get(r).item()).isEqualTo("i" + brute.items()[r]);
      assertThat(served.get(r).score()).isEqualTo(brute.scores()[r]);
    }
    Map<String, Float> history = new LinkedHashMap<>();
    history.put("i10", 1f);
    history.put("i20", 3f);
    model.scoreHistory(new int[] {10, 20}, new float[] {1f, 3f}, scores);
    bits.set(10);
    bits.set(20);
    Ranking foldIn = TopK.select(scores, 5, bits);
    List<ScoredItem> folded = model.recommendForHistory(history, 5, exclude);
    for (int r = 0; r < 5; r++) {
      assertThat(folded.get(r).item()).isEqualTo("i" + foldIn.items()[r]);
    }
  }

  @Test
  void aReloadedModelServesTheSameFastRanking(@TempDir Path dir) throws Exception {
    FactorModel model = randomModel(5, 2, 500, 8);
    Path file = dir.resolve("factors.bin");
    model.save(file);
    FactorModel loaded = FactorModel.load(file);
    assertThat(loaded.topK(0, 20, null).items()).containsExactly(model.topK(0, 20, null).items());
    assertThat(loaded.topK(0, 20, null).items())
        .containsExactly(model.topKBruteForce(0, 20, null).items());
  }
}
