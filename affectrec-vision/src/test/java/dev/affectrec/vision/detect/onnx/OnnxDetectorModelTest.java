package dev.affectrec.vision.detect.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.testkit.SharedData;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorKind;
import dev.affectrec.vision.detect.DetectorModelException;
import dev.affectrec.vision.detect.DetectorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad detector model files give one clear error naming the file and what is wrong. */
class OnnxDetectorModelTest {
  @TempDir Path dir;

  /** Writes {@code bytes} to the file {@code name} in the temporary folder. */
  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /**
   * Opens a detector from its model file: {@code UltraFaceDetector::open}, {@code
   * YuNetDetector::open}.
   */
  private interface Opener {
    Object open(Path modelFile, DetectorOptions options);
  }

  /**
   * Asserts that {@code opener} fails on {@code modelFile} with a {@link DetectorModelException},
   * for more checks.
   */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertModelError(
      Opener opener, Path modelFile) {
    return assertThatThrownBy(() -> opener.open(modelFile, DetectorOptions.DEFAULTS))
        .isInstanceOf(DetectorModelException.class);
  }

  @Test
  void missingFileIsRejectedWhenTheOptionIsBuilt() {
    Path missing = dir.resolve("nope.onnx");
    assertThatThrownBy(() -> new DetectorChoice(DetectorKind.YUNET, missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detector yunet: model file not found: " + missing);
    assertThatThrownBy(() -> DetectorChoice.of("ultraface", null))
        .hasMessageContaining("needs an ONNX model file");
    assertThatThrownBy(() -> new DetectorChoice(DetectorKind.BLAZEFACE, missing))
        .hasMessageContaining("takes no model file");
    assertThatThrownBy(() -> DetectorChoice.of("retinaface", "x.onnx"))
        .hasMessageContaining("unknown value 'retinaface'")
        .hasMessageContaining("blazeface, ultraface, yunet");
    assertThat(DetectorChoice.of(" BlazeFace ", "")).isEqualTo(DetectorChoice.BLAZEFACE);
  }

  @Test
  void corruptFileIsNotAReadableModel() throws IOException {
    byte[] junk = new byte[4096];
    Arrays.fill(junk, (byte) 0x5A);
    Path corrupt = write("corrupt.onnx", junk);
    assertModelError(UltraFaceDetector::open, corrupt)
        .hasMessageStartingWith("ultraface: " + corrupt + " is not a readable ONNX model");
  }

  @Test
  void truncatedRealModelIsNotAReadableModel() throws IOException {
    Path real = SharedData.require("models/yunet/yunet_n_320_320.onnx");
    byte[] bytes = Files.readAllBytes(real);
    assertModelError(
            YuNetDetector::open, write("truncated.onnx", Arrays.copyOf(bytes, bytes.length / 3)))
        .hasMessageContaining("is not a readable ONNX model");
  }

  @Test
  void wrongInputShapeIsNamed() throws IOException {
    Path grey = write("grey.onnx", TinyOnnx.identity(1, 1, 64, 64));
    assertModelError(UltraFaceDetector::open, grey)
        .hasMessageContaining(grey.toString())
        .hasMessageContaining("[1, 1, 64, 64]")
        .hasMessageContaining("expected float32 [1, 3, H, W]");
    assertModelError(YuNetDetector::open, write("dynamic.onnx", TinyOnnx.identity(1, 3, 0, 0)))
        .hasMessageContaining("with fixed H and W");
  }

  @Test
  void rightShapeButWrongOutputsNamesTheMissingOnes() throws IOException {
    Path identity = write("identity.onnx", TinyOnnx.identity(1, 3, 32, 32));
    assertModelError(YuNetDetector::open, identity)
        .hasMessageContaining("lacks outputs [cls_8, obj_8, bbox_8");
    OnnxDetectorModel model = OnnxDetectorModel.open(identity, "test", List.of("out"));
    try (model) {
      assertThat(model.width()).isEqualTo(32);
      assertThat(model.id()).startsWith("test/identity.onnx@sha256:");
      float[] input = new float[3 * 32 * 32];
      input[5] = 7f;
      assertThat(model.run(input, List.of("out"))[0]).hasSize(3072).contains(7f);
    }
  }

  @Test
  void yunetGivenAsUltraFaceIsRejected() {
    Path yunet = SharedData.require("models/yunet/yunet_n_320_320.onnx");
    assertModelError(UltraFaceDetector::open, yunet)
        .hasMessageContaining("lacks outputs [scores, boxes]");
  }
}
