package dev.affectrec.vision.detect;

import dev.affectrec.vision.image.RgbImage;
import java.util.List;

/** Finds faces in an image. Implementations are thread-safe. */
public interface FaceDetector {

  /** Faces sorted by descending score, in image pixels; empty when there is none. */
  List<FaceBox> detect(RgbImage image);

  /** Identifier of the model, for readings and JSON output. */
  String modelId();
}
