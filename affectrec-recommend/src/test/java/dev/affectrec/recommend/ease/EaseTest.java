package dev.affectrec.recommend.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EaseTest {

  @Test
  void closedFormOnTwoItems() {
    // G = [[2, 1], [1, 1]] + I: B[a][b] = 1 / (2 + 1), B[b][a] = 1 / (1 + 1).
    EaseModel model =
        new EaseTrainer(new EaseConfig(1, true)).train(Fixtures.matrix("u1 a 1, u1 b 1, u2 a 1"));
    assertThat(model.weight(0, 1)).isCloseTo(1f / 3, within(1e-6f));
    assertThat(model.weight(1, 0)).isCloseTo(0.5f, within(1e-6f));
    assertThat(model.weight(0, 0)).isZero();
    assertThat(model.recommend("u2", 1, Set.of("a"))).containsExactly(ScoredItem.of("b", 1f / 3));
  }

  @Test
  void ranksTheCoOccurringItemFirst() {
    EaseModel model = new EaseTrainer(new EaseConfig(0.5, true)).train(Fixtures.small());
    assertThat(model.recommend("u1", 1, Set.of("a", "b")).get(0).item()).isEqualTo("c");
  }

  @Test
  void rejectsNonPositiveLambda() {
    assertThatThrownBy(() -> new EaseConfig(0, true)).hasMessageContaining("lambda");
  }
}
