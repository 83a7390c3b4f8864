package dev.affectrec.vision.detect.onnx;

import dev.affectrec.vision.detect.FaceBox;
import java.util.List;

/**
 * YuNet's per-stride outputs to face boxes, as OpenCV's {@code FaceDetectorYN}: for anchor i of
 * stride s at row {@code r = i / (W / s)} and column {@code c = i % (W / s)}, score {@code sqrt(cls
 * * obj)}, centre {@code ((c + b0) s, (r + b1) s)} and size {@code (exp(b2) s, exp(b3) s)} in input
 * pixels. Stateless.
 */
final class YuNetDecoding {
  /** The strides of the three output heads. */
  static final int[] STRIDES = {8, 16, 32};

  private YuNetDecoding() {}

  /**
   * Boxes of one stride with score at least {@code minScore}, scaled to image pixels, before NMS.
   *
   * @param cls [n] face class probabilities (already sigmoid)
   * @param obj [n] objectness (already sigmoid)
   * @param bbox [n, 4] offsets and log sizes
   * @param scaleX image pixels per input pixel horizontally
   * @param scaleY the same vertically
   */
  static void candidates(
      int stride,
      int inputWidth,
      float[] cls,
      float[] obj,
      float[] bbox,
      double scaleX,
      double scaleY,
      double minScore,
      List<FaceBox> sink) {
    int cols = inputWidth / stride;
    if (obj.length != cls.length || bbox.length != 4 * cls.length) {
      throw new IllegalStateException(
          "yunet stride "
              + stride
              + ": output sizes "
              + cls.length
              + ", "
              + obj.length
              + ", "
              + bbox.length
              + " do not agree");
    }
    for (int i = 0; i < cls.length; i++) {
      double score =
          Math.sqrt(Math.min(Math.max(cls[i], 0f), 1f) * Math.min(Math.max(obj[i], 0f), 1f));
      if (score < minScore) {
        continue;
      }
      int r = i / cols;
      int c = i % cols;
      double cx = (c + bbox[4 * i]) * stride;
      double cy = (r + bbox[4 * i + 1]) * stride;
      double w = Math.exp(bbox[4 * i + 2]) * stride;
      double h = Math.exp(bbox[4 * i + 3]) * stride;
      sink.add(
          new FaceBox((cx - w / 2) * scaleX, (cy - h / 2) * scaleY, w * scaleX, h * scaleY, score));
    }
  }
}
