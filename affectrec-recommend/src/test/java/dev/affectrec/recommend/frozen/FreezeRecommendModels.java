package dev.affectrec.recommend.frozen;

import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites {@code src/test/resources/frozen/recommend/}: run only on demand, with {@code
 * -Daffectrec.freeze=true}, after a deliberate format change (old files must then still load).
 */
class FreezeRecommendModels {
  @Test
  @EnabledIfSystemProperty(named = FrozenOutputs.FREEZE_PROPERTY, matches = "true")
  void writeFrozenFiles() throws IOException {
    for (var entry : FrozenRecommendModels.trainers().entrySet()) {
      ScoringModel model =
          entry.getValue().train(FrozenRecommendModels.data(), FrozenRecommendModels.CLOCK);
      String stem = FrozenRecommendModels.DIR + entry.getKey();
      FrozenOutputs.freeze(
          stem + ".bin", model::save, stem + ".expected.tsv", FrozenRecommendModels.outputs(model));
    }
  }
}
