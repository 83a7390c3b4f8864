package dev.affectrec.vision.face;

import dev.affectrec.api.Arguments;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.detect.FaceSearch;
import dev.affectrec.vision.image.ImageLimits;
import java.util.Objects;

/**
 * Typed options of the face-emotion job, validated at construction.
 *
 * @param detector detection thresholds
 * @param limits decoding limits
 * @param cropScale expression crop side as a multiple of the face box's longer side, in [0.5, 3],
 *     for a BlazeFace box (scaled by {@link
 *     dev.affectrec.vision.detect.DetectorKind#boxToBlazeFace} for the other detectors)
 * @param detectorChoice which detector runs (BlazeFace by default, or an ONNX model file)
 * @param search how hard to look for a face the detector misses at first ({@link FaceSearch#OFF}
 *     for the detector's own result)
 */
public record FaceEmotionOptions(
    DetectorOptions detector,
    ImageLimits limits,
    double cropScale,
    DetectorChoice detectorChoice,
    FaceSearch search) {

  /**
   * 1.3 times the BlazeFace box: the best of 1.0, 1.15, 1.3, 1.45 and 1.6 on the 370 dev photos for
   * both expression networks (docs/EVALUATION.md, "Expression ensemble"); the tight box (1.0, the
   * earlier default, chosen on the 7 sample photos alone) cut off brows and chin.
   */
  public static final double DEFAULT_CROP_SCALE = 1.3;

  /** Defaults: detector defaults, 40-megapixel limit, crop scale 1.3, BlazeFace, face search. */
  public static final FaceEmotionOptions DEFAULTS =
      new FaceEmotionOptions(DetectorOptions.DEFAULTS, ImageLimits.DEFAULTS, DEFAULT_CROP_SCALE);

  /** Validates. */
  public FaceEmotionOptions {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(limits, "limits");
    Arguments.requireInRange(cropScale, 0.5, 3, "cropScale");
    Objects.requireNonNull(detectorChoice, "detectorChoice");
    Objects.requireNonNull(search, "search");
  }

  /** With the default face search. */
  public FaceEmotionOptions(
      DetectorOptions detector,
      ImageLimits limits,
      double cropScale,
      DetectorChoice detectorChoice) {
    this(detector, limits, cropScale, detectorChoice, FaceSearch.DEFAULTS);
  }

  /** With the BlazeFace detector. */
  public FaceEmotionOptions(DetectorOptions detector, ImageLimits limits, double cropScale) {
    this(detector, limits, cropScale, DetectorChoice.BLAZEFACE);
  }

  /** The same options with another detector. */
  public FaceEmotionOptions withDetectorChoice(DetectorChoice choice) {
    return new FaceEmotionOptions(detector, limits, cropScale, choice, search);
  }

  /** The same options with another face search. */
  public FaceEmotionOptions withSearch(FaceSearch other) {
    return new FaceEmotionOptions(detector, limits, cropScale, detectorChoice, other);
  }
}
