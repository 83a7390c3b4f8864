package dev.affectrec.recommend.bpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.factor.FactorModel;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BprTest {
  // Two blocks: users 1-3 like a, b, c; users 4-6 like x, y, z. u1 and u4 each miss one item.
  private static final InteractionMatrix BLOCKS =
      Fixtures.matrix(
          "u1 a 1, u1 b 1, u2 a 1, u2 b 1, u2 c 1, u3 a 1, u3 b 1, u3 c 1,"
              + " u4 x 1, u4 y 1, u5 x 1, u5 y 1, u5 z 1, u6 x 1, u6 y 1, u6 z 1");

  @Test
  void recommendsTheMissingItemOfTheUsersBlock() {
    FactorModel model = new BprTrainer(new BprConfig(8, 2000, 0.05, 0.01, 1)).train(BLOCKS);
    assertThat(model.recommend("u1", 1, Set.of("a", "b")).get(0).item()).isEqualTo("c");
    assertThat(model.recommend("u4", 1, Set.of("x", "y")).get(0).item()).isEqualTo("z");
    assertThat(model.recommendForHistory(Map.of("x", 1f, "y", 1f), 1, Set.of()).get(0).item())
        .isEqualTo("z");
  }

  @Test
  void sameSeedSameModel() {
    BprConfig c = new BprConfig(4, 5, 0.05, 0.01, 9);
    assertThat(new BprTrainer(c).train(BLOCKS).itemVector(2))
        .containsExactly(new BprTrainer(c).train(BLOCKS).itemVector(2));
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(() -> new BprConfig(4, 0, 0.05, 0.01, 1)).hasMessageContaining("epochs");
    assertThatThrownBy(() -> new BprConfig(4, 1, 0, 0.01, 1)).hasMessageContaining("learningRate");
  }
}
