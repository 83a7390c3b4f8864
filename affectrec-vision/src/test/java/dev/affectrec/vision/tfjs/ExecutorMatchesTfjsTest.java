package dev.affectrec.vision.tfjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.ModelCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executor against TF.js 4.22 (pure-JS CPU backend) on the same synthetic inputs: vectors
 * written by tools/face-reference/make-vectors.js.
 */
class ExecutorMatchesTfjsTest {
  private static final double TOLERANCE = 1e-4;
  private static final List<String> DETECTOR_OUTPUTS =
      List.of("Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0");
  private static JsonNode vectors;

  @BeforeAll
  static void readVectors() throws IOException {
    try (InputStream in =
        ExecutorMatchesTfjsTest.class.getResourceAsStream(
            "/dev/affectrec/vision/reference/executor-vectors.json")) {
      vectors = new ObjectMapper().readTree(in);
    }
  }

  @Test
  void blazeFaceOutputsMatchTfjs() {
    Path dir = ModelCache.faceModels();
    GraphModel model = GraphModelLoader.load(dir.resolve("blazeface.json"), true);
    Map<String, Tensor> out =
        model.execute(Map.of("input", SyntheticInput.of(1, 256, 256, 3, 1)), DETECTOR_OUTPUTS);

    JsonNode expected = vectors.path("detector");
    for (String name : DETECTOR_OUTPUTS) {
      float[] values = out.get(name).floats();
      JsonNode stats = expected.path("outputs").path(name);
      assertThat(values).hasSize(stats.path("size").asInt());
      double sum = 0;
      double sumAbs = 0;
      for (float v : values) {
        sum += v;
        sumAbs += Math.abs(v);
      }
      double scale = Math.max(1, stats.path("sumAbs").asDouble());
      assertThat(sum / scale).isCloseTo(stats.path("sum").asDouble() / scale, within(TOLERANCE));
      assertThat(sumAbs / scale).isCloseTo(1.0, within(TOLERANCE));
    }
    float[] cls512 = out.get("Identity:0").floats();
    float[] cls384 = out.get("Identity_1:0").floats();
    float[] reg512 = out.get("Identity_2:0").floats();
    float[] reg384 = out.get("Identity_3:0").floats();
    for (JsonNode top : expected.path("topAnchors")) {
      int a = top.path("anchor").asInt();
      boolean first = a < 512;
      int local = first ? a : a - 512;
      assertThat((double) (first ? cls512 : cls384)[local])
          .isCloseTo(top.path("raw").get(0).asDouble(), within(TOLERANCE));
      for (int k = 0; k < 16; k++) {
        assertThat((double) (first ? reg512 : reg384)[local * 16 + k])
            .as("anchor %d regressor %d", a, k)
            .isCloseTo(top.path("raw").get(k + 1).asDouble(), within(TOLERANCE));
      }
    }
  }

  @Test
  void expressionProbabilitiesMatchTfjsForABatchOfTwo() {
    Path dir = ModelCache.faceModels();
    GraphModel model = GraphModelLoader.load(dir.resolve("emotion.json"), false);
    float[] probs =
        model
            .execute(Map.of("input_1", SyntheticInput.of(2, 64, 64, 1, 2)), List.of("Identity:0"))
            .get("Identity:0")
            .floats();
    JsonNode expected = vectors.path("emotion").path("probabilities");
    assertThat(probs).hasSize(expected.size());
    for (int i = 0; i < probs.length; i++) {
      assertThat((double) probs[i]).isCloseTo(expected.get(i).asDouble(), within(TOLERANCE));
    }
  }
}
