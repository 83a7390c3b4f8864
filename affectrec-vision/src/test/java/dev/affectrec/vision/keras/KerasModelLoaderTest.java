package dev.affectrec.vision.keras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.tfjs.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FER2013 mini-Xception Keras file, translated and run on our kernels, against an independent
 * NumPy forward pass (tools/face-reference/mini_xception_reference.py, unfolded batch-norm) on two
 * synthetic inputs.
 */
class KerasModelLoaderTest {
  static final String MINI_XCEPTION =
      "models/fer-mini-xception-keras/fer2013_mini_XCEPTION.102-0.66.hdf5";

  static float[] input(String name) {
    float[] x = new float[64 * 64];
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 64; j++) {
        x[i * 64 + j] =
            name.equals("waves")
                ? (float) (Math.sin(0.3 * i) * Math.cos(0.17 * j))
                : (float) ((i * 64 + j) / 4095.0 * 2 - 1);
      }
    }
    return x;
  }

  @Test
  void matchesTheNumpyReference() throws IOException {
    KerasGraph model = KerasModelLoader.load(SharedData.require(MINI_XCEPTION));
    assertThat(model.input()).isEqualTo("input_1");
    assertThat(model.output()).isEqualTo("predictions");
    assertThat(model.graph().opCounts())
        .containsEntry("_FusedConv2D", 7 + 8)
        .containsEntry("DepthwiseConv2dNative", 8)
        .containsEntry("MaxPool", 4)
        .containsEntry("AddV2", 4)
        .containsEntry("Mean", 1)
        .containsEntry("Softmax", 1);
    JsonNode reference;
    try (InputStream in =
        getClass()
            .getResourceAsStream("/dev/affectrec/vision/reference/mini-xception-vectors.json")) {
      reference = new ObjectMapper().readTree(in);
    }
    assertThat(reference.path("vectors")).hasSize(2);
    for (JsonNode vector : reference.path("vectors")) {
      String name = vector.path("input").asText();
      float[] p =
          model
              .graph()
              .execute(
                  Map.of(model.input(), Tensor.of(input(name), 1, 64, 64, 1)),
                  List.of(model.output()))
              .get(model.output())
              .floats();
      assertThat(p).hasSize(7);
      for (int k = 0; k < 7; k++) {
        assertThat((double) p[k])
            .as("%s class %d", name, k)
            .isCloseTo(vector.path("probabilities").get(k).asDouble(), within(1e-4));
      }
    }
  }

  @Test
  void refusesAFileThatIsNotAKerasModel(@TempDir Path dir) throws IOException {
    Path bogus = Files.writeString(dir.resolve("model.hdf5"), "not an HDF5 file");
    assertThatThrownBy(() -> KerasModelLoader.load(bogus))
        .isInstanceOf(KerasModelException.class)
        .hasMessageStartingWith(bogus + ": not a readable Keras HDF5 model");
  }
}
