package dev.affectrec.recommend.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TopKTest {

  @Test
  void picksBestFirstSkippingExcludedAndNaNWithTiesByIndex() {
    float[] scores = {0.5f, 2f, Float.NaN, 2f, 9f, 1f};
    BitSet exclude = new BitSet();
    exclude.set(4);
    Ranking r = TopK.select(scores, 3, exclude);
    assertThat(r.items()).containsExactly(1, 3, 5);
    assertThat(r.scores()).containsExactly(2f, 2f, 1f);
  }

  @Test
  void returnsFewerWhenFewerCandidatesAndRejectsNonPositiveK() {
    assertThat(TopK.select(new float[] {1f, Float.NaN}, 5, null).items()).containsExactly(0);
    assertThat(TopK.select(new float[0], 1, null).size()).isZero();
    assertThatThrownBy(() -> TopK.select(new float[1], 0, null)).hasMessageContaining("k must");
  }

  @Property(tries = 300)
  void equalsABruteForceSort(
      @ForAll @Size(max = 60) List<@IntRange(min = -5, max = 5) Integer> values,
      @ForAll @IntRange(min = 1, max = 70) int k,
      @ForAll @IntRange(min = 0, max = 1000) int excludeSeed) {
    float[] scores = new float[values.size()];
    BitSet exclude = new BitSet();
    List<Integer> reference = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      scores[i] = values.get(i);
      if ((i * 31 + excludeSeed) % 7 == 0) {
        exclude.set(i);
      } else {
        reference.add(i);
      }
    }
    reference.sort(
        Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(Integer::intValue));
    List<Integer> expected = reference.subList(0, Math.min(k, reference.size()));
    int[] actual = TopK.select(scores, k, exclude).items();
    assertThat(actual).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }
}
