package dev.affectrec.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the face models the Maven build downloads with npm into the user's cache (system property
 * {@code affectrec.face.models.dir}). Absent models follow the {@link Prerequisite} rule.
 */
public final class ModelCache {
  private ModelCache() {}

  /**
   * The face model folder (the one holding {@code blazeface.json}), skipping (or under CI failing)
   * the calling test when it is absent.
   */
  public static Path faceModels() {
    String configured = System.getProperty("affectrec.face.models.dir");
    Path dir = Path.of(configured == null ? "face-models-not-configured" : configured);
    Prerequisite.require(
        Files.isRegularFile(dir.resolve("blazeface.json")),
        dir + " (the face models; the Maven build fetches them with npm)");
    return dir;
  }
}
