package dev.affectrec.behaviour.frozen;

import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Path file = Path.of("src/test/resources" + FrozenBehaviourModel.FILE);
    Files.createDirectories(file.getParent());
    BehaviourModel model = FrozenBehaviourModel.train();
    model.save(file);
    FrozenOutputs.write(
        Path.of("src/test/resources" + FrozenBehaviourModel.EXPECTED),
        FrozenBehaviourModel.outputs(model));
  }
}
