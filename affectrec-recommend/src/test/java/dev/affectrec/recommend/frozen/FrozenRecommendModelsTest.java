package dev.affectrec.recommend.frozen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.recommend.ModelFiles;
import dev.affectrec.recommend.model.ScoringModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model files written by an earlier version (under {@code frozen/recommend/}) still load and give
 * the outputs recorded when they were written. A failure means the on-disk format changed.
 */
class FrozenRecommendModelsTest {
  static Stream<String> stems() {
    return FrozenRecommendModels.trainers().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("stems")
  void frozenFileLoadsWithItsRecordedOutputs(String stem) throws IOException {
    String dir = FrozenRecommendModels.DIR;
    ScoringModel model = ModelFiles.load(FrozenOutputs.resource(getClass(), dir + stem + ".bin"));
    assertThat(model.provenance().createdAt()).isEqualTo(FrozenRecommendModels.CREATED);
    FrozenOutputs.assertMatches(
        FrozenOutputs.resource(getClass(), dir + stem + ".expected.tsv"),
        FrozenRecommendModels.outputs(model),
        1e-6);
  }
}
