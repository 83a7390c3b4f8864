package dev.affectrec.serving;

import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rewrites {@code src/test/resources/frozen/served/}: run only on demand, with {@code
 * -Daffectrec.freeze=true}, after a deliberate format change (old directories must then still
 * load).
 */
class FreezeServedModel {
  @Test
  @EnabledIfSystemProperty(named = FrozenOutputs.FREEZE_PROPERTY, matches = "true")
  void writeFrozenFiles(@TempDir Path scratch) throws IOException {
    Path models = FrozenOutputs.sourceOf(FrozenServedModel.DIRECTORY);
    FrozenServedModel.write(models, scratch);
    ModelDirectory.Loaded loaded = new ModelDirectory(models).load().orElseThrow();
    FrozenOutputs.write(
        FrozenOutputs.sourceOf(FrozenServedModel.EXPECTED), FrozenServedModel.outputs(loaded));
  }
}
