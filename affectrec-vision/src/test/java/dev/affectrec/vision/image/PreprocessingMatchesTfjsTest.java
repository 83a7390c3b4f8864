package dev.affectrec.vision.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.ModelCache;
import dev.affectrec.vision.model.FaceModels;
import dev.affectrec.vision.tfjs.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Letterbox-resize and grey crop against TF.js's resizeBilinear and cropAndResize, on a synthetic
 * RGB image reproduced bit for bit here: the outputs of both networks agree within 1e-4.
 */
class PreprocessingMatchesTfjsTest {
  private static final double TOLERANCE = 1e-4;

  static RgbImage syntheticImage(int w, int h) {
    int[] packed = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
          rgb = rgb << 8 | (x * 7 + y * 3 + c * 50 + ((x * y) % 17) * 5) % 256;
        }
        packed[y * w + x] = rgb;
      }
    }
    return RgbImage.ofPacked(w, h, packed);
  }

  @Test
  void detectorAndExpressionInputsMatchTfjs() throws IOException {
    FaceModels models = FaceModels.load(ModelCache.faceModels());
    JsonNode expected;
    try (InputStream in =
        getClass().getResourceAsStream("/dev/affectrec/vision/reference/executor-vectors.json")) {
      expected = new ObjectMapper().readTree(in).path("preprocessing");
    }
    RgbImage image = syntheticImage(300, 200);

    float[] det = new float[256 * 256 * 3];
    Letterbox box = Sampling.letterbox(image, 256, det);
    assertThat(box.padY()).isEqualTo(50);
    assertThat(box.scale()).isEqualTo(300 / 256.0);
    Map<String, Tensor> out =
        models
            .detector()
            .execute(
                Map.of("input", Tensor.of(det, 1, 256, 256, 3)),
                List.of("Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"));
    for (JsonNode top : expected.path("detectorTopAnchors")) {
      int a = top.path("anchor").asInt();
      boolean first = a < 512;
      int local = first ? a : a - 512;
      float logit = out.get(first ? "Identity:0" : "Identity_1:0").floats()[local];
      float[] reg = out.get(first ? "Identity_2:0" : "Identity_3:0").floats();
      assertThat((double) logit).isCloseTo(top.path("raw").get(0).asDouble(), within(TOLERANCE));
      for (int k = 0; k < 16; k++) {
        assertThat((double) reg[local * 16 + k])
            .isCloseTo(top.path("raw").get(k + 1).asDouble(), within(TOLERANCE));
      }
    }

    float[] crop = new float[64 * 64];
    Sampling.greyCrop(image, 60, 40, 120, 120, 64, crop, 0);
    float[] probs =
        models
            .expression()
            .execute(Map.of("input_1", Tensor.of(crop, 1, 64, 64, 1)), List.of("Identity:0"))
            .get("Identity:0")
            .floats();
    JsonNode p = expected.path("expressionProbabilities");
    for (int i = 0; i < 7; i++) {
      assertThat((double) probs[i]).isCloseTo(p.get(i).asDouble(), within(TOLERANCE));
    }
  }

  @Test
  void cropOutsideTheImageIsBlack() {
    RgbImage white = RgbImage.ofPacked(2, 2, new int[] {0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF});
    float[] out = new float[4];
    Sampling.greyCrop(white, -10, -10, 5, 5, 2, out, 0);
    assertThat(out).containsOnly(-1f);
    Sampling.greyCrop(white, 0, 0, 1, 1, 2, out, 0);
    assertThat(out[0]).isCloseTo(0.9993f, org.assertj.core.data.Offset.offset(1e-3f));
  }
}
