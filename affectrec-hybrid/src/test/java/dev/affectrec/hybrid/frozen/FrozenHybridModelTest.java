package dev.affectrec.hybrid.frozen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A hybrid model file written by an earlier version still loads and gives the outputs recorded when
 * it was written. A failure means the on-disk format changed.
 */
class FrozenHybridModelTest {
  @Test
  void frozenFileLoadsWithItsRecordedOutputs() throws IOException {
    HybridEmotionModel model =
        HybridEmotionModel.load(FrozenOutputs.resource(getClass(), FrozenHybridModel.FILE));
    assertThat(model.provenance().component()).isEqualTo(HybridEmotionModel.KIND);
    FrozenOutputs.assertMatches(
        FrozenOutputs.resource(getClass(), FrozenHybridModel.EXPECTED),
        FrozenHybridModel.outputs(model),
        1e-6);
  }
}
