package dev.affectrec.hybrid.frozen;

import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites {@code src/test/resources/frozen/hybrid/}: run only on demand, with {@code
 * -Daffectrec.freeze=true}, after a deliberate format change (old files must then still load).
 */
class FreezeHybridModel {
  @Test
  @EnabledIfSystemProperty(named = FrozenOutputs.FREEZE_PROPERTY, matches = "true")
  void writeFrozenFiles() throws IOException {
    HybridEmotionModel model = Fixtures.trainShop();
    FrozenOutputs.freeze(
        FrozenHybridModel.FILE,
        model::save,
        FrozenHybridModel.EXPECTED,
        FrozenHybridModel.outputs(model));
  }
}
