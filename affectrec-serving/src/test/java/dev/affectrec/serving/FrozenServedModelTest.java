package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served model directory written by an earlier version still loads, manifest included, and gives
 * the outputs recorded when it was written. A failure means the on-disk format changed: old
 * directories must keep loading, so add a reader for the old layout rather than refreeze.
 */
class FrozenServedModelTest {

  @Test
  void frozenDirectoryLoadsWithItsRecordedOutputs() throws IOException {
    ModelDirectory.Loaded loaded =
        new ModelDirectory(FrozenOutputs.resource(getClass(), FrozenServedModel.DIRECTORY))
            .load()
            .orElseThrow();
    assertThat(loaded.manifest().base()).isNotBlank();
    FrozenOutputs.assertMatches(
        FrozenOutputs.resource(getClass(), FrozenServedModel.EXPECTED),
        FrozenServedModel.outputs(loaded),
        1e-6);
  }

  /** Rewrites the frozen directory: run only on demand, after a deliberate format change. */
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
