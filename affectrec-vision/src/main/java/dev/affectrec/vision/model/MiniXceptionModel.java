package dev.affectrec.vision.model;

import dev.affectrec.vision.keras.KerasGraph;
import dev.affectrec.vision.keras.KerasModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The FER2013 mini-Xception of oarriaga/face_classification ({@code
 * fer2013_mini_XCEPTION.102-0.66.hdf5}, MIT), the second expression network of the ensemble. It is
 * not fetched by the build: a user names the file, and its sha256 must be the published one,
 * because the ensemble weight was chosen for this checkpoint.
 */
public final class MiniXceptionModel {
  /** System property naming the HDF5 file. */
  public static final String FILE_PROPERTY = "affectrec.face.xception.file";

  /** Environment variable naming the file when the system property is unset. */
  public static final String FILE_ENV = "AFFECTREC_FACE_XCEPTION_FILE";

  /** The file's name as published. */
  public static final String FILE_NAME = "fer2013_mini_XCEPTION.102-0.66.hdf5";

  /** sha256 of the published file. */
  public static final String SHA256 =
      "59534287fdfb125e30a94400296c25ea9f5d706fca93dd8adbbbed916799ea0e";

  private MiniXceptionModel() {}

  /**
   * The file from {@value #FILE_PROPERTY}, else {@value #FILE_ENV}, else {@value #FILE_NAME} in
   * {@code modelsDir} when it exists there; null when none is configured.
   */
  public static Path configuredFile(Path modelsDir) {
    String file = System.getProperty(FILE_PROPERTY);
    if (file == null || file.isBlank()) {
      file = System.getenv(FILE_ENV);
    }
    if (file != null && !file.isBlank()) {
      return Path.of(file);
    }
    Path beside = modelsDir.resolve(FILE_NAME);
    return Files.isRegularFile(beside) ? beside : null;
  }

  /**
   * Verifies the file's sha256 and loads it.
   *
   * @throws ModelIntegrityException for a missing file or another checkpoint
   * @throws dev.affectrec.vision.keras.KerasModelException for an unreadable model
   */
  public static KerasGraph load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelIntegrityException(
          "mini-Xception model file not found: "
              + file
              + " (download "
              + FILE_NAME
              + " from oarriaga/face_classification, trained_models/emotion_models)");
    }
    String actual = ModelChecksums.sha256(file);
    if (!actual.equals(SHA256)) {
      throw new ModelIntegrityException(
          file + ": sha256 " + actual + " is not that of " + FILE_NAME + " (" + SHA256 + ")");
    }
    return KerasModelLoader.load(file);
  }
}
