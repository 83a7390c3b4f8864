package dev.affectrec.recommend.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.recommend.Fixtures;
import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.rank.Ranking;
import dev.affectrec.recommend.rank.TopK;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BiasedMfTest {
  private static final BiasedMfConfig CONFIG =
      new BiasedMfConfig(
          2, 400, 0.05, 1, 0.0, 0.0, 0.1, 50, 5, Double.POSITIVE_INFINITY, BiasedMfConfig.SGD, 15);

  @Test
  void biasesStartAtTheirDampedMeans() {
    // Mean 3. Item a: (5-3 + 3-3) / (2 + 1) = 2/3; b: (1-3) / (1 + 1) = -1. User u1 (a 5, b 1):
    // ((5-3-2/3) + (1-3+1)) / (2 + 1) = 1/9. One tiny step barely moves them.
    InteractionMatrix data = Fixtures.matrix("u1 a 5, u1 b 1, u2 a 3");
    BiasedMfConfig damped =
        new BiasedMfConfig(1, 1, 1e-9, 1, 0, 0, 0, 1, 1, 1, BiasedMfConfig.SGD, 15);
    BiasedMfModel model = new BiasedMfTrainer(damped).train(data);
    assertThat(model.predict("u1", "a")).isCloseTo(3 + 2.0 / 3 + 1.0 / 9, within(1e-4));
    BiasedMfConfig zero =
        new BiasedMfConfig(
            1, 1, 1e-9, 1, 0, 0, 0, 1, 1, Double.POSITIVE_INFINITY, BiasedMfConfig.SGD, 15);
    assertThat(new BiasedMfTrainer(zero).train(data).predict("u1", "a")).isCloseTo(3, within(1e-4));
    assertThatThrownBy(
            () -> new BiasedMfConfig(1, 1, 0.1, 1, 0, 0, 0, 1, 1, -1, BiasedMfConfig.SGD, 15))
        .hasMessageContaining("biasDamping");
  }

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
  void fastTopKEqualsScoringEveryItemIncludingClampedTies() {
    InteractionMatrix data =
        Fixtures.matrix(
            "u1 a 5, u1 b 1, u1 c 4, u2 a 5, u2 b 1, u2 d 2, u3 a 5, u3 c 3, u3 e 5, u4 b 1, u4 c 3,"
                + " u4 f 4, u5 e 5, u5 f 5, u5 d 1");
    BiasedMfModel model = new BiasedMfTrainer(CONFIG).train(data);
    int n = model.items().size();
    float[] scores = new float[n];
    BitSet exclude = new BitSet();
    exclude.set(2);
    for (int u = 0; u < model.users().size(); u++) {
      model.scoreUser(u, scores);
      for (int k = 1; k <= n + 1; k++) {
        Ranking expected = TopK.select(scores, k, exclude);
        Ranking actual = model.topK(u, k, exclude);
        assertThat(actual.items()).containsExactly(expected.items());
        assertThat(actual.scores()).containsExactly(expected.scores());
      }
    }
    int a = model.items().indexOf("a");
    int e = model.items().indexOf("e");
    model.scoreHistory(new int[] {a, e}, new float[] {5, 5}, scores);
    BitSet history = new BitSet();
    history.set(a);
    history.set(e);
    Ranking folded = TopK.select(scores, 3, history);
    assertThat(
            model.recommendForHistory(
                new java.util.LinkedHashMap<>(Map.of("a", 5f, "e", 5f)), 3, Set.of()))
        .extracting(ScoredItem::item)
        .containsExactly(
            model.items().id(folded.items()[0]),
            model.items().id(folded.items()[1]),
            model.items().id(folded.items()[2]));
  }

  @Test
  void alsFitsRatingsWithoutAStepAndFoldsInByAnExactSolve() {
    InteractionMatrix data =
        Fixtures.matrix("u1 a 5, u1 b 1, u2 a 5, u2 b 1, u3 a 5, u3 c 3, u4 b 1, u4 c 3");
    BiasedMfConfig als =
        new BiasedMfConfig(2, 1, 1e-9, 1, 0.001, 0.001, 0.1, 1, 5, 1, BiasedMfConfig.ALS, 20);
    BiasedMfModel model = new BiasedMfTrainer(als).train(data);
    assertThat(model.predict("u1", "a")).isCloseTo(5, within(0.05));
    assertThat(model.predict("u2", "b")).isCloseTo(1, within(0.05));
    assertThat(model.predict("u4", "c")).isCloseTo(3, within(0.05));
    // Folding in u1's own history reproduces u1's predictions to within the last sweep's change.
    int a = model.items().indexOf("a");
    int b = model.items().indexOf("b");
    float[] scores = new float[model.items().size()];
    model.scoreHistory(new int[] {a, b}, new float[] {5, 1}, scores);
    assertThat(scores[a]).isCloseTo(5f, within(0.05f));
    assertThat(scores[b]).isCloseTo(1f, within(0.05f));
    // The history's order does not matter to an exact solve.
    float[] reversed = new float[scores.length];
    model.scoreHistory(new int[] {b, a}, new float[] {1, 5}, reversed);
    assertThat(reversed).containsExactly(scores, within(1e-5f));
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(
            () -> new BiasedMfConfig(2, 1, 0.1, 0, 0, 0, 0.1, 1, 0, 1, BiasedMfConfig.SGD, 15))
        .hasMessageContaining("decay");
    assertThatThrownBy(() -> new BiasedMfConfig(2, 1, 0.1, 1, 0, 0, 0.1, 1, 0, 1, "adam", 1))
        .hasMessageContaining("solver must be sgd or als but was adam");
    assertThatThrownBy(() -> new BiasedMfConfig(2, 1, 0.1, 1, 0, 0, 0.1, 1, 0, 1, "als", 0))
        .hasMessageContaining("iterations");
  }
}
