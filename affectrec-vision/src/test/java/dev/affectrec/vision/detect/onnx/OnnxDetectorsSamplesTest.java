package dev.affectrec.vision.detect.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.testkit.ModelCache;
import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.detect.BlazeFaceDetector;
import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.image.ImageLimits;
import dev.affectrec.vision.image.RgbImage;
import dev.affectrec.vision.image.SafeImageDecoder;
import dev.affectrec.vision.model.FaceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ONNX detectors on the 7 photos of ../shared/data/face-expression-samples: exactly one face
 * each, on the face BlazeFace finds. The boxes follow different annotation conventions (BlazeFace
 * frames eyebrows to mouth, UltraFace and YuNet forehead to chin), so they agree on position but
 * not on extent: IoU at least {@value #MIN_IOU} (a box shifted by half its side scores 0.33; the
 * measured minimum is in docs/EVALUATION.md).
 */
class OnnxDetectorsSamplesTest {
  static final double MIN_IOU = 0.5;

  @ParameterizedTest
  @CsvSource({
    "ultraface, ultraface-rfb/version-RFB-320.onnx",
    "ultraface, ultraface-rfb/version-RFB-640.onnx",
    "yunet, yunet/yunet_n_320_320.onnx",
    "yunet, yunet/yunet_n_640_640.onnx"
  })
  void oneFacePerPhotoWhereBlazeFaceFindsIt(String kind, String file) throws IOException {
    Path samples = SharedData.require("data/face-expression-samples");
    Path model = SharedData.require("models/" + file);
    FaceModels face = FaceModels.load(ModelCache.faceModels());
    FaceDetector blaze =
        new BlazeFaceDetector(face.detector(), DetectorOptions.DEFAULTS, face.id());
    SafeImageDecoder decoder = new SafeImageDecoder(ImageLimits.DEFAULTS);
    List<Path> photos;
    try (var files = Files.list(samples)) {
      photos = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
    }
    assertThat(photos).hasSize(7);
    try (AutoCloseable closeable = open(kind, model)) {
      FaceDetector onnx = (FaceDetector) closeable;
      assertThat(onnx.modelId()).startsWith(kind + "/" + model.getFileName() + "@sha256:");
      for (Path photo : photos) {
        RgbImage image = decoder.decode(Files.readAllBytes(photo));
        List<FaceBox> expected = blaze.detect(image);
        List<FaceBox> actual = onnx.detect(image);
        assertThat(actual).as("%s on %s", kind, photo.getFileName()).hasSize(1);
        double iou = actual.get(0).iou(expected.get(0));
        assertThat(iou)
            .as("%s IoU with BlazeFace on %s", file, photo.getFileName())
            .isGreaterThanOrEqualTo(MIN_IOU);
      }
    } catch (Exception e) {
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e);
    }
  }

  private static AutoCloseable open(String kind, Path model) {
    return kind.equals("yunet")
        ? YuNetDetector.open(model, DetectorOptions.DEFAULTS)
        : UltraFaceDetector.open(model, DetectorOptions.DEFAULTS);
  }
}
