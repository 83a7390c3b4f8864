package dev.affectrec.eval.tune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.eval.harness.EvaluationHarness;
import dev.affectrec.eval.split.HoldoutProtocol;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.tune.ModelSearch;
import dev.affectrec.recommend.tune.SearchResult;
import dev.affectrec.recommend.tune.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HarnessObjectiveTest {

  /** 60 users in two taste groups over 20 items, split 80/20: the own group is what to rank. */
  private static List<Split> validation(boolean stars) {
    List<Interaction> data = new ArrayList<>();
    Random random = new Random(3);
    for (int u = 0; u < 60; u++) {
      for (int i = u % 2; i < 20; i += 2) {
        if (random.nextDouble() < 0.7) {
          String item = "i" + i;
          float value = stars ? 1 + Math.floorMod(item.hashCode(), 5) : 1;
          data.add(new Interaction("u" + u, item, value, u * 20L + i));
        }
      }
    }
    return new HoldoutProtocol(0.2, 7).split(data);
  }

  private static HarnessObjective objective(boolean stars) {
    return new HarnessObjective(
        new EvaluationHarness(AlgorithmRegistry.discover(), AlgorithmContext.plain(), 5, null),
        "synthetic",
        validation(stars));
  }

  @Test
  void rankingModelsAreTunedOnNdcgThroughTheHarness() {
    AlgorithmSpec collapsed = AlgorithmSpec.parse("als:factors=4:iterations=5:lambda=5:exponent=1");
    SearchSpace space = new SearchSpace("als", Map.of("weighted", List.of("true", "false")));
    SearchResult result = new ModelSearch(5, 1).search(collapsed, space, objective(false));
    assertThat(result.objective()).isEqualTo("ndcg@5");
    assertThat(result.chosen().parameters()).containsEntry("weighted", "false");
    assertThat(result.chosenScore()).as(result.describe()).isGreaterThan(result.givenScore() + 0.1);
  }

  @Test
  void ratingModelsAreTunedOnRmse() {
    AlgorithmSpec spec = AlgorithmSpec.parse("biasedmf:factors=2:epochs=3");
    SearchResult result =
        new ModelSearch(3, 1).search(spec, SearchSpace.builtIn("biasedmf"), objective(true));
    assertThat(result.objective()).isEqualTo("rmse");
    assertThat(result.trials()).isEqualTo(3);
    assertThat(result.chosenScore()).isLessThanOrEqualTo(result.givenScore());
  }
}
