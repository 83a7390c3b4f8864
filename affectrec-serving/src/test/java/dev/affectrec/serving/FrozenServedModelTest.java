package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

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
    assertThat(loaded.manifest().version()).isEqualTo("v1796169600000");
    assertThat(loaded.manifest().trainedAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    assertThat(loaded.manifest().base()).isEqualTo("ease");
    FrozenOutputs.assertMatches(
        FrozenOutputs.resource(getClass(), FrozenServedModel.EXPECTED),
        FrozenServedModel.outputs(loaded),
        1e-6);
  }
}
