package dev.affectrec.emotion.text.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsTest {

  @Test
  void splitsAreSeededAndDisjoint() {
    List<Example> all = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(Example.of("text " + (i % 90), i % 2));
    }
    List<Example> distinct = Splits.distinctTexts(all);
    assertThat(distinct).hasSize(90);
    List<List<Example>> a = Splits.trainDev(distinct, 0.2, 7);
    List<List<Example>> b = Splits.trainDev(distinct, 0.2, 7);
    assertThat(a).isEqualTo(b);
    assertThat(a.get(1)).hasSize(18).doesNotContainAnyElementsOf(a.get(0));
  }
}
