package dev.affectrec.server.emotion;

import dev.affectrec.server.http.ApiException;
import dev.affectrec.vision.face.FaceEmotionOptions;
import dev.affectrec.vision.face.FaceEmotionService;
import dev.affectrec.vision.model.FaceModels;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the face models on first use, so a server without them still starts and answers every other
 * route; face requests then get a 503 problem that says where the models were looked for.
 * Thread-safe.
 */
final class FaceModelHolder {
  private static final Logger LOG = LoggerFactory.getLogger(FaceModelHolder.class);
  private final Path directory;
  private final dev.affectrec.vision.detect.DetectorChoice detector;
  private volatile FaceEmotionService service;

  FaceModelHolder(Path directory, dev.affectrec.vision.detect.DetectorChoice detector) {
    this.directory = directory;
    this.detector = detector;
  }

  FaceEmotionService get() {
    FaceEmotionService current = service;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (service == null) {
        try {
          service =
              FaceEmotionService.of(
                  FaceModels.load(directory, LOG::info),
                  FaceEmotionOptions.DEFAULTS.withDetectorChoice(detector));
        } catch (RuntimeException e) {
          throw ApiException.unavailable(
              "face models are not available in "
                  + directory
                  + (detector.modelFile() == null ? "" : " with " + detector.modelFile())
                  + ": "
                  + e.getMessage()
                  + " (the build fetches them; see README)");
        }
      }
      return service;
    }
  }
}
