package dev.affectrec.vision.face;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.testkit.ModelCache;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorKind;
import dev.affectrec.vision.model.FaceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole job with an ONNX detector chosen through {@link FaceEmotionOptions}: one face per
 * sample photo, the model id names both models, and the expression net still gets at least 5 of 7
 * right (the accuracy per detector is in docs/EVALUATION.md).
 */
class OnnxDetectorServiceTest {

  @ParameterizedTest
  @CsvSource({"ULTRAFACE, ultraface-rfb/version-RFB-320.onnx", "YUNET, yunet/yunet_n_320_320.onnx"})
  void onnxDetectorFeedsTheExpressionNet(DetectorKind kind, String file) throws IOException {
    Path samples = SharedData.require("data/face-expression-samples");
    FaceEmotionOptions options =
        FaceEmotionOptions.DEFAULTS.withDetectorChoice(
            new DetectorChoice(kind, SharedData.require("models/" + file)));
    int right = 0;
    try (FaceEmotionService service =
        FaceEmotionService.of(FaceModels.load(ModelCache.faceModels()), options)) {
      for (Map.Entry<String, Emotion> photo : SampleLabels.TRUTH.entrySet()) {
        ImageFaces result =
            service.analyze(
                photo.getKey(),
                Files.readAllBytes(samples.resolve(photo.getKey())),
                FaceConsent.GRANTED);
        assertThat(result.faces()).as(photo.getKey()).hasSize(1);
        assertThat(result.model()).startsWith(kind.id() + "/").endsWith("/emotion");
        if (result.faces().get(0).top() == photo.getValue()) {
          right++;
        }
      }
    }
    assertThat(right).isGreaterThanOrEqualTo(5);
  }
}
