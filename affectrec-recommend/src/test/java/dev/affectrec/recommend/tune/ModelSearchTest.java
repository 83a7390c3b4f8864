package dev.affectrec.recommend.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelSearchTest {

  /** 60 users in two taste groups over 20 items: a working model ranks the own group first. */
  static InteractionMatrix groups() {
    List<Interaction> data = new ArrayList<>();
    Random random = new Random(3);
    for (int u = 0; u < 60; u++) {
      for (int i = u % 2; i < 20; i += 2) {
        if (random.nextDouble() < 0.7) {
          data.add(new Interaction("u" + u, "i" + i, 1, u * 20L + i));
        }
      }
    }
    return InteractionMatrix.of(data);
  }

  private static HoldoutObjective objective() {
    return new HoldoutObjective(
        groups(), AlgorithmRegistry.discover(), AlgorithmContext.plain(), 0.2, 5, 7);
  }

  @Test
  void choosesTheValueThatClearlyWins() {
    // ALS-WR's weighted lambda 5 (exponent 1) multiplies each vector's regularisation by its
    // interactions (about 5 per user, 17 per item once cut) and collapses every vector to zero;
    // unweighted lambda 5 leaves
    // the group structure intact.
    AlgorithmSpec collapsed = AlgorithmSpec.parse("als:factors=4:iterations=5:lambda=5:exponent=1");
    SearchSpace space = new SearchSpace("als", Map.of("weighted", List.of("true", "false")));
    SearchResult result = new ModelSearch(5, 1).search(collapsed, space, objective());
    assertThat(result.chosen().parameters()).containsEntry("weighted", "false");
    assertThat(result.objective()).isEqualTo("ndcg@5");
    assertThat(result.chosenScore()).as(result.describe()).isGreaterThan(result.givenScore() + 0.1);
    assertThat(result.trials()).isEqualTo(3);
    assertThat(result.describe())
        .startsWith(
            "als:factors=4:iterations=5:lambda=5:exponent=1 -> als:factors=4:iterations=5:lambda=5:exponent=1:weighted=false"
                + " (validation ndcg@5 ");
  }

  @Test
  void keepsTheSpecAsWrittenWhenNothingBeatsIt() {
    AlgorithmSpec good = AlgorithmSpec.parse("als:factors=4:iterations=5:weighted=false:lambda=1");
    SearchSpace space = new SearchSpace("als", Map.of("alpha", List.of("1000000")));
    SearchResult result = new ModelSearch(5, 1).search(good, space, objective());
    assertThat(result.chosen()).isEqualTo(good);
    assertThat(result.chosenScore()).isEqualTo(result.givenScore());
  }

  @Test
  void theHoldoutCutKeepsEveryUserAndMeasuresTheGroupStructure() {
    HoldoutObjective objective = objective();
    assertThat(objective.validationUsers()).isEqualTo(60);
    TrialScores scores =
        objective.measure(
            List.of(AlgorithmSpec.parse("popular"), AlgorithmSpec.parse("itemknn:neighbours=5")));
    assertThat(scores.objective()).isEqualTo("ndcg@5");
    assertThat(scores.lowerIsBetter()).isFalse();
    // Item-kNN sees the two groups; most-popular mixes them.
    assertThat(scores.values().get(1)).isGreaterThan(scores.values().get(0) + 0.1);
    assertThat(scores.best()).isEqualTo(1);
  }

  @Test
  void tiesKeepTheSpecAsWrittenAndNothingUnmeasuredWins() {
    assertThat(new TrialScores("ndcg@10", false, List.of(0.3, 0.3, Double.NaN)).best())
        .isEqualTo(0);
    assertThat(new TrialScores("rmse", true, List.of(0.9, 0.8, 1.0)).best()).isEqualTo(1);
    assertThat(new TrialScores("rmse", true, List.of(Double.NaN, 0.8)).best()).isEqualTo(1);
  }

  @Test
  void parametersInTheSpecStayFixed() {
    AlgorithmSpec spec = AlgorithmSpec.parse("biasedmf:factors=2:epochs=3");
    List<AlgorithmSpec> candidates =
        new ModelSearch(100, 1).candidates(spec, SearchSpace.builtIn("biasedmf"));
    assertThat(candidates).hasSizeGreaterThan(1).startsWith(spec);
    assertThat(candidates)
        .allSatisfy(
            c ->
                assertThat(c.parameters())
                    .containsEntry("factors", "2")
                    .containsEntry("epochs", "3"));
  }

  @Test
  void biasedMfSearchesTheStepOnlyWithTheSgdSolver() {
    assertThat(SearchSpace.builtIn(AlgorithmSpec.parse("biasedmf")).values())
        .containsKeys("lambda", "biasLambda", "factors")
        .doesNotContainKey("learningRate");
    assertThat(SearchSpace.builtIn(AlgorithmSpec.parse("biasedmf:solver=als")))
        .isEqualTo(SearchSpace.builtIn("biasedmf"));
    assertThat(SearchSpace.builtIn(AlgorithmSpec.parse("biasedmf:solver=sgd")).values())
        .containsKeys("learningRate", "lambda", "factors");
    assertThat(SearchSpace.builtIn(AlgorithmSpec.parse("als")))
        .isEqualTo(SearchSpace.builtIn("als"));
  }

  @Test
  void aBudgetSamplesTheGridWithTheSeedAndAlwaysKeepsTheSpecAsWritten() {
    AlgorithmSpec spec = AlgorithmSpec.parse("als");
    List<AlgorithmSpec> first = new ModelSearch(4, 1).candidates(spec, SearchSpace.builtIn("als"));
    assertThat(first).hasSize(4).startsWith(spec);
    assertThat(new ModelSearch(4, 1).candidates(spec, SearchSpace.builtIn("als"))).isEqualTo(first);
    assertThat(new ModelSearch(1, 1).candidates(spec, SearchSpace.builtIn("als")))
        .containsExactly(spec);
    assertThat(new ModelSearch(4, 1).candidates(AlgorithmSpec.parse("popular"), null)).hasSize(1);
    assertThatThrownBy(() -> new ModelSearch(0, 1)).hasMessageContaining("at least 1");
    assertThatThrownBy(
            () ->
                new ModelSearch(3, 1)
                    .search(
                        spec,
                        SearchSpace.builtIn("als"),
                        c -> new TrialScores("x", false, List.of(1.0))))
        .hasMessageContaining("measured 1 of 3");
  }
}
