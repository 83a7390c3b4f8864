package dev.affectrec.vision.detect.onnx;

import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.detect.FaceDetector;
import java.util.Objects;

/**
 * What the ONNX detectors share: the checked model session, the thresholds, the model id and the
 * release of the native session. Thread-safe.
 */
abstract class OnnxFaceDetector implements FaceDetector, AutoCloseable {
  /** The checked session. */
  final OnnxDetectorModel model;

  /** Thresholds for scores, NMS and the number of faces. */
  final DetectorOptions options;

  OnnxFaceDetector(OnnxDetectorModel model, DetectorOptions options) {
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String modelId() {
    return model.id();
  }

  @Override
  public void close() {
    model.close();
  }
}
