package dev.affectrec.vision.face;

import dev.affectrec.api.Arguments;
import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.image.ImageLimits;
import java.util.Objects;

/**
 * Typed options of the face-emotion job, validated at construction.
 *
 * @param detector detection thresholds
 * @param limits decoding limits
 * @param cropScale expression crop side as a multiple of the face box's longer side, in [0.5, 3]
 */
public record FaceEmotionOptions(DetectorOptions detector, ImageLimits limits, double cropScale) {

  /**
   * The tight BlazeFace box (1.0): FER2013 faces are tightly framed. docs/EVALUATION.md shows how
   * the 7 samples move with this value.
   */
  public static final double DEFAULT_CROP_SCALE = 1.0;

  /** Defaults: detector defaults, 40-megapixel limit, crop scale 1.0. */
  public static final FaceEmotionOptions DEFAULTS =
      new FaceEmotionOptions(DetectorOptions.DEFAULTS, ImageLimits.DEFAULTS, DEFAULT_CROP_SCALE);

  /** Validates. */
  public FaceEmotionOptions {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(limits, "limits");
    Arguments.requireInRange(cropScale, 0.5, 3, "cropScale");
  }
}
