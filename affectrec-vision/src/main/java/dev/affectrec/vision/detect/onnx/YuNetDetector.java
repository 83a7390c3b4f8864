package dev.affectrec.vision.detect.onnx;

import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.detect.FaceBox;
import dev.affectrec.vision.detect.NonMaxSuppression;
import dev.affectrec.vision.image.PlanarResize;
import dev.affectrec.vision.image.RgbImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * YuNet (libfacedetection.train) from a fixed-size ONNX export: the image is stretched to the
 * model's input size as raw 0..255 BGR values (the training configuration: no mean, no scaling, no
 * channel swap), the three stride heads are decoded as OpenCV's {@code FaceDetectorYN}, and faces
 * with score at least {@link DetectorOptions#minScore()} go through non-maximum suppression.
 * Thread-safe.
 */
public final class YuNetDetector extends OnnxFaceDetector {
  private static final List<String> OUTPUTS = outputs();

  private YuNetDetector(OnnxDetectorModel model, DetectorOptions options) {
    super(model, options);
  }

  /**
   * Opens and checks the model file.
   *
   * @throws dev.affectrec.vision.detect.DetectorModelException for a file that is not a YuNet ONNX
   *     model or whose input size is not a multiple of 32
   */
  public static YuNetDetector open(Path modelFile, DetectorOptions options) {
    Objects.requireNonNull(options, "options");
    OnnxDetectorModel model = OnnxDetectorModel.open(modelFile, "yunet", OUTPUTS);
    if (model.width() % 32 != 0 || model.height() % 32 != 0) {
      model.close();
      throw new dev.affectrec.vision.detect.DetectorModelException(
          "yunet: "
              + modelFile
              + " has input "
              + model.width()
              + "x"
              + model.height()
              + "; expected multiples of 32");
    }
    return new YuNetDetector(model, options);
  }

  @Override
  public List<FaceBox> detect(RgbImage image) {
    int w = model.width();
    int h = model.height();
    float[] input = new float[3 * w * h];
    PlanarResize.stretch(image, w, h, true, 1f, 0f, input);
    float[][] out = model.run(input, OUTPUTS);
    double scaleX = (double) image.width() / w;
    double scaleY = (double) image.height() / h;
    List<FaceBox> candidates = new ArrayList<>();
    for (int s = 0; s < YuNetDecoding.STRIDES.length; s++) {
      YuNetDecoding.candidates(
          YuNetDecoding.STRIDES[s],
          w,
          out[3 * s],
          out[3 * s + 1],
          out[3 * s + 2],
          scaleX,
          scaleY,
          options.minScore(),
          candidates);
    }
    return NonMaxSuppression.apply(candidates, options.iouThreshold(), options.maxFaces());
  }

  private static List<String> outputs() {
    List<String> names = new ArrayList<>();
    for (int stride : YuNetDecoding.STRIDES) {
      names.add("cls_" + stride);
      names.add("obj_" + stride);
      names.add("bbox_" + stride);
    }
    return List.copyOf(names);
  }
}
