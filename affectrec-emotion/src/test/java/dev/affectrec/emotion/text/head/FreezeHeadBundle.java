package dev.affectrec.emotion.text.head;

import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the current format's frozen file under {@code src/test/resources/frozen/emotion/}: run
 * only on demand, with {@code -Daffectrec.freeze=true}, after a deliberate format change (old files
 * must then still load). The format-1 file ({@link FrozenHeadBundle#FILE}) is never rewritten: the
 * current writer cannot produce it.
 */
class FreezeHeadBundle {
  @Test
  @EnabledIfSystemProperty(named = FrozenOutputs.FREEZE_PROPERTY, matches = "true")
  void writeFrozenFiles() throws IOException {
    Path file = FrozenOutputs.sourceOf(FrozenHeadBundle.MLP_FILE);
    HeadBundle bundle = HeadBundleIoTest.tinyMlpBundle();
    try (OutputStream out = Files.newOutputStream(file)) {
      HeadBundleIo.write(bundle, out);
    }
    HeadBundle reloaded;
    try (var in = Files.newInputStream(file)) {
      reloaded = HeadBundleIo.read(in, file.toString());
    }
    // Record what the file gives after quantisation, not the in-memory bundle.
    FrozenOutputs.write(
        FrozenOutputs.sourceOf(FrozenHeadBundle.MLP_EXPECTED), FrozenHeadBundle.outputs(reloaded));
  }
}
