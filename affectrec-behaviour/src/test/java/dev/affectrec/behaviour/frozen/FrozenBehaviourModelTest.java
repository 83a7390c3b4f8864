package dev.affectrec.behaviour.frozen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A behaviour model file written by an earlier version still loads and gives the scores recorded
 * when it was written. A failure means the on-disk format changed.
 */
class FrozenBehaviourModelTest {
  @Test
  void frozenFileLoadsWithItsRecordedOutputs() throws IOException {
    BehaviourModel model =
        BehaviourModel.load(FrozenOutputs.resource(getClass(), FrozenBehaviourModel.FILE));
    assertThat(model.provenance().createdAt()).isEqualTo(FrozenBehaviourModel.CREATED);
    assertThat(model.provenance().parameters()).containsEntry("trees", "3");
    FrozenOutputs.assertMatches(
        FrozenOutputs.resource(getClass(), FrozenBehaviourModel.EXPECTED),
        FrozenBehaviourModel.outputs(model),
        1e-9);
  }
}
