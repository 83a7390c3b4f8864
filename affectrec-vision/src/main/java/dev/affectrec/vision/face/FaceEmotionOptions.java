package dev.affectrec.vision.face;

import dev.affectrec.api.Arguments;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.image.ImageLimits;
import java.util.Objects;

/**
 * Typed options of the face-emotion job, validated at construction.
 *
 * @param detector detection thresholds
 * @param limits decoding limits
 * @param cropScale expression crop side as a multiple of the face box's longer side, in [0.5, 3]
 * @param detectorChoice which detector runs (BlazeFace by default, or an ONNX model file)
 */
public record FaceEmotionOptions(
    DetectorOptions detector, ImageLimits limits, double cropScale, DetectorChoice detectorChoice) {

  /**
   * The tight BlazeFace box (1.0): FER2013 faces are tightly framed. docs/EVALUATION.md shows how
   * the 7 samples move with this value.
   */
  public static final double DEFAULT_CROP_SCALE = 1.0;

  /** Defaults: detector defaults, 40-megapixel limit, crop scale 1.0, BlazeFace. */
  public static final FaceEmotionOptions DEFAULTS =
      new FaceEmotionOptions(DetectorOptions.DEFAULTS, ImageLimits.DEFAULTS, DEFAULT_CROP_SCALE);

  /** Validates. */
  public FaceEmotionOptions {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(limits, "limits");
    Arguments.requireInRange(cropScale, 0.5, 3, "cropScale");
    Objects.requireNonNull(detectorChoice, "detectorChoice");
  }

  /** With the BlazeFace detector. */
  public FaceEmotionOptions(DetectorOptions detector, ImageLimits limits, double cropScale) {
    this(detector, limits, cropScale, DetectorChoice.BLAZEFACE);
  }

  /** The same options with another detector. */
  public FaceEmotionOptions withDetectorChoice(DetectorChoice choice) {
    return new FaceEmotionOptions(detector, limits, cropScale, choice);
  }
}
