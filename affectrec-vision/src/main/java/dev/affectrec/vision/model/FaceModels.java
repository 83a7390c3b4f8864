package dev.affectrec.vision.model;

import dev.affectrec.vision.keras.KerasGraph;
import dev.affectrec.vision.tfjs.GraphModel;
import dev.affectrec.vision.tfjs.GraphModelLoader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The verified BlazeFace detector and FER2013 expression graphs, and optionally the FER2013
 * mini-Xception that joins the expression net in an ensemble. Immutable and thread-safe.
 *
 * @param detector BlazeFace (input {@code input} float32 [1,256,256,3])
 * @param expression the expression net (input {@code input_1} float32 [N,64,64,1])
 * @param miniXception the second expression net, or null when none is configured
 * @param id identifier written into readings, for example {@code vladmandic-human-3.3.6}
 */
public record FaceModels(
    GraphModel detector, GraphModel expression, KerasGraph miniXception, String id) {

  /** System property naming the folder with the model files. */
  public static final String DIR_PROPERTY = "affectrec.face.models.dir";

  /** Environment variable naming the folder when the system property is unset. */
  public static final String DIR_ENV = "AFFECTREC_FACE_MODELS_DIR";

  /** The {@code @vladmandic/human} version whose models the build fetches. */
  public static final String HUMAN_VERSION = "3.3.6";

  /** Validates. */
  public FaceModels {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(expression, "expression");
    dev.affectrec.api.Arguments.requireNonBlank(id, "id");
  }

  /** Without the mini-Xception. */
  public FaceModels(GraphModel detector, GraphModel expression, String id) {
    this(detector, expression, null, id);
  }

  /**
   * These models with the mini-Xception from {@code file} (sha256-verified), which then joins the
   * expression net; the id gains {@code +mini-xception}.
   */
  public FaceModels withMiniXception(Path file) {
    String base = miniXception == null ? id : id.replace("+mini-xception", "");
    return new FaceModels(
        detector, expression, MiniXceptionModel.load(file), base + "+mini-xception");
  }

  /**
   * The folder from {@value #DIR_PROPERTY}, else {@value #DIR_ENV}, else {@code
   * ~/.cache/affectrec/models/vladmandic-human-3.3.6} (where the Maven build caches them).
   */
  public static Path defaultDirectory() {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(DIR_ENV);
    }
    if (dir == null || dir.isBlank()) {
      return Path.of(
          System.getProperty("user.home"),
          ".cache",
          "affectrec",
          "models",
          "vladmandic-human-" + HUMAN_VERSION);
    }
    return Path.of(dir);
  }

  /**
   * Verifies every file's sha256 against the committed list, then loads both graphs, and the
   * mini-Xception when {@link MiniXceptionModel#configuredFile} finds one (the ensemble, the
   * default); without it, {@code notice} receives {@link MiniXceptionModel#absentNotice} once
   * (unless the user turned the ensemble off with {@value MiniXceptionModel#NONE}).
   *
   * @throws ModelIntegrityException for a missing or altered file
   */
  public static FaceModels load(Path dir, java.util.function.Consumer<String> notice) {
    FaceModels models = loadWithout(dir);
    Path xception = MiniXceptionModel.configuredFile(dir);
    if (xception == null) {
      if (!MiniXceptionModel.turnedOff()) {
        notice.accept(MiniXceptionModel.absentNotice(dir));
      }
      return models;
    }
    return models.withMiniXception(xception);
  }

  /** {@link #load(Path, java.util.function.Consumer)} without a notice. */
  public static FaceModels load(Path dir) {
    return load(dir, message -> {});
  }

  /** The verified BlazeFace and expression graphs alone, without looking for the mini-Xception. */
  public static FaceModels loadWithout(Path dir) {
    ModelChecksums.faceModels().verify(dir);
    return new FaceModels(
        GraphModelLoader.load(dir.resolve("blazeface.json"), false),
        GraphModelLoader.load(dir.resolve("emotion.json"), false),
        "vladmandic-human-" + HUMAN_VERSION + "/blazeface+emotion");
  }
}
