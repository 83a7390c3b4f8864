package dev.affectrec.vision.face;

import dev.affectrec.vision.detect.BlazeFaceDetector;
import dev.affectrec.vision.detect.DetectorChoice;
import dev.affectrec.vision.detect.DetectorOptions;
import dev.affectrec.vision.detect.FaceDetector;
import dev.affectrec.vision.detect.FaceFinder;
import dev.affectrec.vision.detect.FaceSearch;
import dev.affectrec.vision.detect.onnx.UltraFaceDetector;
import dev.affectrec.vision.detect.onnx.YuNetDetector;
import dev.affectrec.vision.model.FaceModels;

/** Builds the configured face detector. Stateless. */
public final class FaceDetectors {
  private FaceDetectors() {}

  /**
   * The detector {@code choice} names, wrapped in a {@link FaceFinder} that looks again with {@code
   * search} when it finds nothing.
   *
   * @throws dev.affectrec.vision.detect.DetectorModelException for an unusable ONNX file
   */
  public static FaceDetector create(
      DetectorChoice choice, DetectorOptions options, FaceModels models, FaceSearch search) {
    DetectorOptions lenient =
        new DetectorOptions(
            FaceFinder.lenientScore(options.minScore(), search),
            options.iouThreshold(),
            options.maxFaces());
    return new FaceFinder(create(choice, lenient, models), options.minScore(), search);
  }

  /**
   * The bare detector {@code choice} names: BlazeFace from {@code models}, or an ONNX detector from
   * its file (checked now, so a bad file fails at start-up rather than on the first image).
   *
   * @throws dev.affectrec.vision.detect.DetectorModelException for an unusable ONNX file
   */
  public static FaceDetector create(
      DetectorChoice choice, DetectorOptions options, FaceModels models) {
    return switch (choice.kind()) {
      case BLAZEFACE -> new BlazeFaceDetector(models.detector(), options, models.id());
      case ULTRAFACE -> UltraFaceDetector.open(choice.modelFile(), options);
      case YUNET -> YuNetDetector.open(choice.modelFile(), options);
    };
  }
}
