package dev.affectrec.recommend.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KthLargestTest {

  @Test
  void tracksTheThirdLargestIncludingDuplicates() {
    KthLargest kth = new KthLargest(3);
    assertThat(kth.offer(1f)).isTrue();
    assertThat(kth.offer(5f)).isTrue();
    assertThat(kth.full()).isFalse();
    assertThat(kth.offer(5f)).isTrue();
    assertThat(kth.full()).isTrue();
    assertThat(kth.kth()).isEqualTo(1f);
    assertThat(kth.offer(0.5f)).isFalse();
    assertThat(kth.offer(1f)).isFalse();
    assertThat(kth.offer(7f)).isTrue();
    assertThat(kth.kth()).isEqualTo(5f);
    assertThatThrownBy(() -> new KthLargest(0)).hasMessageContaining("k must be at least 1");
  }

  @Property(tries = 200)
  void equalsTheKthOfASortedCopy(
      @ForAll @Size(min = 1, max = 80) List<@IntRange(min = -9, max = 9) Integer> values,
      @ForAll @IntRange(min = 1, max = 80) int k) {
    KthLargest kth = new KthLargest(k);
    float[] sorted = new float[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
      kth.offer(sorted[i]);
    }
    Arrays.sort(sorted);
    assertThat(kth.full()).isEqualTo(values.size() >= k);
    if (kth.full()) {
      assertThat(kth.kth()).isEqualTo(sorted[sorted.length - k]);
    }
  }
}
