package dev.affectrec.vision.detect.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.vision.detect.FaceBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed decodings of the UltraFace and YuNet outputs. */
class DetectorDecodingTest {

  @Test
  void ultraFaceKeepsFacesAboveTheThresholdInImagePixels() {
    float[] scores = {0.9f, 0.1f, 0.2f, 0.8f, 0.4f, 0.6f};
    float[] boxes = {0, 0, 1, 1, 0.25f, 0.5f, 0.75f, 1f, 0.5f, 0.5f, 0.4f, 0.9f};
    List<FaceBox> out = UltraFaceDecoding.candidates(scores, boxes, 200, 100, 0.5);
    // anchor 0 is background; anchor 2 has x2 < x1 and is dropped
    assertThat(out).hasSize(1);
    FaceBox box = out.get(0);
    assertThat(box.x()).isCloseTo(50, within(1e-4));
    assertThat(box.y()).isCloseTo(50, within(1e-4));
    assertThat(box.width()).isCloseTo(100, within(1e-4));
    assertThat(box.height()).isCloseTo(50, within(1e-4));
    assertThat(box.score()).isCloseTo(0.8, within(1e-6));
    assertThatThrownBy(() -> UltraFaceDecoding.candidates(scores, new float[8], 1, 1, 0.5))
        .hasMessageContaining("6 scores but 8 box values");
  }

  @Test
  void yunetDecodesGridOffsetsAndLogSizes() {
    // stride 8 over a 16-pixel-wide input: 2 columns; anchor 3 is row 1, column 1.
    float[] cls = {0.1f, 0.1f, 0.1f, 0.81f};
    float[] obj = {1f, 1f, 1f, 1f};
    float[] bbox = new float[16];
    bbox[12] = 0.5f;
    bbox[13] = 0.5f;
    bbox[14] = 0f;
    bbox[15] = (float) Math.log(2);
    List<FaceBox> sink = new ArrayList<>();
    YuNetDecoding.candidates(8, 16, cls, obj, bbox, 2.0, 3.0, 0.5, sink);
    assertThat(sink).hasSize(1);
    FaceBox box = sink.get(0);
    // centre (12, 12), size (8, 16) in input pixels; scaled by (2, 3)
    assertThat(box.x()).isCloseTo((12 - 4) * 2.0, within(1e-4));
    assertThat(box.y()).isCloseTo((12 - 8) * 3.0, within(1e-4));
    assertThat(box.width()).isCloseTo(16, within(1e-4));
    assertThat(box.height()).isCloseTo(48, within(1e-4));
    assertThat(box.score()).isCloseTo(0.9, within(1e-6));
    assertThatThrownBy(
            () -> YuNetDecoding.candidates(8, 16, cls, new float[3], bbox, 1, 1, 0.5, sink))
        .hasMessageContaining("do not agree");
  }
}
