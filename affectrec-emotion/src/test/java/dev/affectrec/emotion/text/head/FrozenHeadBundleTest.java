package dev.affectrec.emotion.text.head;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.testkit.FrozenOutputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A head bundle written by an earlier version still loads and gives the probabilities recorded when
 * it was written. A failure means the on-disk format changed.
 */
class FrozenHeadBundleTest {
  @Test
  void frozenFormatOneFileLoadsWithItsRecordedOutputs() throws IOException {
    assertLoads(FrozenHeadBundle.FILE, FrozenHeadBundle.EXPECTED);
  }

  @Test
  void frozenFormatTwoFileWithAnMlpHeadLoadsWithItsRecordedOutputs() throws IOException {
    HeadBundle bundle = assertLoads(FrozenHeadBundle.MLP_FILE, FrozenHeadBundle.MLP_EXPECTED);
    assertThat(bundle.head("sst2").embeddingModel()).isInstanceOf(MlpModel.class);
  }

  private HeadBundle assertLoads(String resource, String expected) throws IOException {
    Path file = FrozenOutputs.resource(getClass(), resource);
    HeadBundle bundle;
    try (InputStream in = Files.newInputStream(file)) {
      bundle = HeadBundleIo.read(in, file.toString());
    }
    assertThat(bundle.provenance().createdAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    assertThat(bundle.encoder()).isEqualTo("bge-small-en-v1.5-q");
    FrozenOutputs.assertMatches(
        FrozenOutputs.resource(getClass(), expected), FrozenHeadBundle.outputs(bundle), 1e-9);
    return bundle;
  }
}
