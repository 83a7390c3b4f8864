package dev.affectrec.vision.detect.onnx;

import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.NonMaxSuppression;
import dev.affectrec.vision.image.PlanarResize;
import dev.affectrec.vision.image.RgbImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * UltraFace (Ultra-Light-Fast-Generic-Face-Detector-1MB, RFB-320 or RFB-640) from an ONNX file: the
 * image is stretched to the model's input size in RGB as {@code (value - 127) / 128}, as the
 * repository's {@code detect_imgs_onnx.py}; faces with probability at least {@link
 * DetectorOptions#minScore()} go through non-maximum suppression. Thread-safe.
 */
public final class UltraFaceDetector extends OnnxFaceDetector {
  private static final List<String> OUTPUTS = List.of("scores", "boxes");

  private UltraFaceDetector(OnnxDetectorModel model, DetectorOptions options) {
    super(model, options);
  }

  /**
   * Opens and checks the model file.
   *
   * @throws dev.affectrec.vision.detect.DetectorModelException for a file that is not an UltraFace
   *     ONNX model
   */
  public static UltraFaceDetector open(Path modelFile, DetectorOptions options) {
    Objects.requireNonNull(options, "options");
    return new UltraFaceDetector(OnnxDetectorModel.open(modelFile, "ultraface", OUTPUTS), options);
  }

  @Override
  public List<FaceBox> detect(RgbImage image) {
    float[] input = new float[3 * model.width() * model.height()];
    PlanarResize.stretch(image, model.width(), model.height(), false, 1 / 128f, -127 / 128f, input);
    float[][] out = model.run(input, OUTPUTS);
    List<FaceBox> candidates =
        UltraFaceDecoding.candidates(
            out[0], out[1], image.width(), image.height(), options.minScore());
    return NonMaxSuppression.apply(candidates, options.iouThreshold(), options.maxFaces());
  }
}
