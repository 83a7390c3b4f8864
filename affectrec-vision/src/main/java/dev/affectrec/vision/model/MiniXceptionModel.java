package dev.affectrec.vision.model;

import dev.affectrec.vision.keras.KerasGraph;
import dev.affectrec.vision.keras.KerasModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The FER2013 mini-Xception of oarriaga/face_classification ({@code
 * fer2013_mini_XCEPTION.102-0.66.hdf5}, MIT), the second expression network of the ensemble. It is
 * not fetched by the build: it is found where {@link #configuredFile} looks, and its sha256 must be
 * the published one, because the ensemble weight was chosen for this checkpoint.
 */
public final class MiniXceptionModel {
  /** System property naming the HDF5 file. */
  public static final String FILE_PROPERTY = "affectrec.face.xception.file";

  /** Environment variable naming the file when the system property is unset. */
  public static final String FILE_ENV = "AFFECTREC_FACE_XCEPTION_FILE";

  /** The value of the property or variable that turns the ensemble off. */
  public static final String NONE = "none";

  /** The file's name as published. */
  public static final String FILE_NAME = "fer2013_mini_XCEPTION.102-0.66.hdf5";

  /** sha256 of the published file. */
  public static final String SHA256 =
      "59534287fdfb125e30a94400296c25ea9f5d706fca93dd8adbbbed916799ea0e";

  private MiniXceptionModel() {}

  /**
   * Where the file is looked for when no property or variable names it, after the face-models
   * folder: the shared models folder beside the working directory, as the other {@code ../shared}
   * defaults.
   */
  public static final Path SHARED_FILE =
      Path.of("..", "shared", "models", "fer-mini-xception-keras", FILE_NAME);

  /**
   * The file from {@value #FILE_PROPERTY}, else {@value #FILE_ENV}, else {@value #FILE_NAME} in
   * {@code modelsDir}, else {@link #SHARED_FILE}, the first of these two that exists; null when
   * none is found or the property or variable is {@value #NONE}.
   */
  public static Path configuredFile(Path modelsDir) {
    String file = named();
    if (NONE.equals(file)) {
      return null;
    }
    if (file != null && !file.isBlank()) {
      return Path.of(file);
    }
    for (Path candidate : List.of(modelsDir.resolve(FILE_NAME), SHARED_FILE)) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Whether {@value #FILE_PROPERTY} or {@value #FILE_ENV} is {@value #NONE}: the user asked for the
   * built-in network alone.
   */
  public static boolean turnedOff() {
    return NONE.equals(named());
  }

  private static String named() {
    String file = System.getProperty(FILE_PROPERTY);
    return file == null || file.isBlank() ? System.getenv(FILE_ENV) : file;
  }

  /**
   * The one-line notice for a run without the file: where it was looked for and that expressions
   * are read by the built-in network alone.
   */
  public static String absentNotice(Path modelsDir) {
    return "expression: no "
        + FILE_NAME
        + " (looked for -D"
        + FILE_PROPERTY
        + ", $"
        + FILE_ENV
        + ", "
        + modelsDir.resolve(FILE_NAME)
        + ", "
        + SHARED_FILE
        + "); reading with the built-in network alone, without the more accurate ensemble";
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
