package dev.affectrec.vision.detect.onnx;

import dev.affectrec.vision.detect.FaceBox;
import java.util.ArrayList;
import java.util.List;

/**
 * UltraFace's outputs to face boxes: the graph already decodes its priors, so {@code scores} is [N,
 * 2] softmax (background, face) and {@code boxes} is [N, 4] corners (x1, y1, x2, y2) as fractions
 * of the input, which the stretch to the input size makes fractions of the image too. Stateless.
 */
final class UltraFaceDecoding {
  private UltraFaceDecoding() {}

  /** Boxes with face probability at least {@code minScore}, in image pixels, before NMS. */
  static List<FaceBox> candidates(
      float[] scores, float[] boxes, int imageWidth, int imageHeight, double minScore) {
    int n = scores.length / 2;
    if (boxes.length != 4 * n) {
      throw new IllegalStateException(
          "ultraface: " + scores.length + " scores but " + boxes.length + " box values");
    }
    List<FaceBox> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double score = scores[2 * i + 1];
      if (score < minScore) {
        continue;
      }
      double x1 = boxes[4 * i] * (double) imageWidth;
      double y1 = boxes[4 * i + 1] * (double) imageHeight;
      double x2 = boxes[4 * i + 2] * (double) imageWidth;
      double y2 = boxes[4 * i + 3] * (double) imageHeight;
      if (x2 > x1 && y2 > y1) {
        out.add(new FaceBox(x1, y1, x2 - x1, y2 - y1, Math.min(1, score)));
      }
    }
    return out;
  }
}
