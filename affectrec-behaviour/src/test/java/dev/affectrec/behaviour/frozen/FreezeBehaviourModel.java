package dev.affectrec.behaviour.frozen;

import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites {@code src/test/resources/frozen/behaviour/}: run only on demand, with {@code
 * -Daffectrec.freeze=true}, after a deliberate format change (old files must then still load).
 */
class FreezeBehaviourModel {
  @Test
  @EnabledIfSystemProperty(named = FrozenOutputs.FREEZE_PROPERTY, matches = "true")
  void writeFrozenFiles() throws IOException {
    BehaviourModel model = FrozenBehaviourModel.train();
    FrozenOutputs.freeze(
        FrozenBehaviourModel.FILE,
        model::save,
        FrozenBehaviourModel.EXPECTED,
        FrozenBehaviourModel.outputs(model));
  }
}
