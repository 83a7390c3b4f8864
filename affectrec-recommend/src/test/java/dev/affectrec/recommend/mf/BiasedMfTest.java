package dev.affectrec.recommend.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BiasedMfTest {
  private static final BiasedMfConfig CONFIG =
      new BiasedMfConfig(2, 400, 0.05, 1, 0.0, 0.0, 0.1, 50, 5);

  @Test
  void fitsAConstantMatrixAndFallsBackToBiases() {
    InteractionMatrix data = Fixtures.matrix("u1 a 4, u1 b 4, u2 a 4, u2 c 4");
    BiasedMfModel model = new BiasedMfTrainer(CONFIG).train(data);
    assertThat(model.globalMean()).isEqualTo(4f);
    assertThat(model.predict("u1", "c")).isCloseTo(4, within(1e-3));
    assertThat(model.predict("nobody", "nothing")).isEqualTo(4.0);
  }

  @Test
  void learnsBiasesAndClampsToTheTrainingRange() {
    InteractionMatrix data =
        Fixtures.matrix("u1 a 5, u1 b 1, u2 a 5, u2 b 1, u3 a 5, u3 c 3, u4 b 1, u4 c 3");
    BiasedMfModel model = new BiasedMfTrainer(CONFIG).train(data);
    assertThat(model.predict("u1", "a")).isCloseTo(5, within(0.05));
    assertThat(model.predict("u2", "b")).isCloseTo(1, within(0.05));
    assertThat(model.predict("nobody", "a")).isGreaterThan(model.predict("nobody", "b"));
    for (String u : new String[] {"u1", "u2", "u3", "u4", "x"}) {
      for (String i : new String[] {"a", "b", "c", "y"}) {
        assertThat(model.predict(u, i)).isBetween(1.0, 5.0);
      }
    }
    // Fold-in: a user who loves a and hates b ranks a above b.
    float[] scores = new float[3];
    model.scoreHistory(new int[] {0, 1}, new float[] {5, 1}, scores);
    assertThat(scores[0]).isGreaterThan(scores[1]);
    assertThat(model.recommendForHistory(Map.of("c", 3f), 1, Set.of()).get(0).item())
        .isEqualTo("a");
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(() -> new BiasedMfConfig(2, 1, 0.1, 0, 0, 0, 0.1, 1, 0))
        .hasMessageContaining("decay");
  }
}
