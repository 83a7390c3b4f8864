package dev.affectrec.eval.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.split.HoldoutProtocol;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelSearchTest {

  /** 60 users in two taste groups over 20 items: a working model ranks the own group first. */
  private static List<Split> validation() {
    List<Interaction> data = new ArrayList<>();
    Random random = new Random(3);
    for (int u = 0; u < 60; u++) {
      for (int i = u % 2; i < 20; i += 2) {
        if (random.nextDouble() < 0.7) {
          data.add(new Interaction("u" + u, "i" + i, 1, u * 20L + i));
        }
      }
    }
    return new HoldoutProtocol(0.2, 7).split(data);
  }

  private static ModelSearch search(int budget) {
    return new ModelSearch(
        new EvaluationHarness(AlgorithmRegistry.discover(), AlgorithmContext.plain(), 5, null),
        budget,
        1);
  }

  @Test
  void choosesTheValueThatClearlyWins() {
    // Weighted lambda 5 multiplies each vector's regularisation by its interactions (about 7 per
    // user, 21 per item) and collapses every vector to zero; unweighted lambda 5 leaves the group
    // structure intact.
    AlgorithmSpec collapsed = AlgorithmSpec.parse("als:factors=4:iterations=5:lambda=5");
    SearchSpace space = new SearchSpace("als", Map.of("weighted", List.of("true", "false")));
    SearchResult result = search(5).search("synthetic", validation(), collapsed, space);
    assertThat(result.chosen().parameters()).containsEntry("weighted", "false");
    assertThat(result.objective()).isEqualTo("ndcg@5");
    assertThat(result.chosenScore()).as(result.describe()).isGreaterThan(result.givenScore() + 0.1);
    assertThat(result.trials()).isEqualTo(3);
    assertThat(result.describe())
        .startsWith(
            "als:factors=4:iterations=5:lambda=5 -> als:factors=4:iterations=5:lambda=5:weighted=false"
                + " (validation ndcg@5 ");
  }

  @Test
  void keepsTheSpecAsWrittenWhenNothingBeatsIt() {
    AlgorithmSpec good = AlgorithmSpec.parse("als:factors=4:iterations=5:weighted=false:lambda=1");
    SearchSpace space = new SearchSpace("als", Map.of("alpha", List.of("1000000")));
    SearchResult result = search(5).search("synthetic", validation(), good, space);
    assertThat(result.chosen()).isEqualTo(good);
    assertThat(result.chosenScore()).isEqualTo(result.givenScore());
  }

  @Test
  void ratingModelsAreTunedOnRmseAndParametersInTheSpecStayFixed() {
    AlgorithmSpec spec = AlgorithmSpec.parse("biasedmf:factors=2:epochs=3");
    SearchSpace space = SearchSpace.builtIn("biasedmf");
    List<AlgorithmSpec> candidates = search(100).candidates(spec, space);
    // factors and epochs are fixed, so only the five lambdas vary.
    assertThat(candidates).hasSize(6);
    assertThat(candidates)
        .allSatisfy(c -> assertThat(c.parameters()).containsEntry("factors", "2"));
    List<Split> ratings = new ArrayList<>();
    for (Split s : validation()) {
      ratings.add(new Split(s.name(), stars(s.train()), stars(s.test())));
    }
    SearchResult result = search(3).search("synthetic", ratings, spec, space);
    assertThat(result.objective()).isEqualTo("rmse");
    assertThat(result.chosenScore()).isLessThanOrEqualTo(result.givenScore());
  }

  private static List<Interaction> stars(List<Interaction> data) {
    List<Interaction> out = new ArrayList<>();
    for (Interaction x : data) {
      out.add(
          new Interaction(x.user(), x.item(), 1 + Math.floorMod(x.item().hashCode(), 5), x.time()));
    }
    return out;
  }

  @Test
  void aBudgetSamplesTheGridWithTheSeedAndAlwaysKeepsTheSpecAsWritten() {
    AlgorithmSpec spec = AlgorithmSpec.parse("als");
    List<AlgorithmSpec> first = search(4).candidates(spec, SearchSpace.builtIn("als"));
    assertThat(first).hasSize(4).startsWith(spec);
    assertThat(search(4).candidates(spec, SearchSpace.builtIn("als"))).isEqualTo(first);
    assertThat(search(1).candidates(spec, SearchSpace.builtIn("als"))).containsExactly(spec);
    assertThat(search(4).candidates(AlgorithmSpec.parse("popular"), null)).hasSize(1);
    assertThatThrownBy(() -> search(0)).hasMessageContaining("at least 1");
  }
}
