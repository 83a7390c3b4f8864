package dev.affectrec.vision;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locations of the model cache and of ../shared for tests: skip with a message when absent, fail
 * instead when {@code CI=true}.
 */
public final class TestPaths {
  private TestPaths() {}

  /** The face model folder passed by surefire, or skip/fail. */
  public static Path faceModels() {
    String dir = System.getProperty("affectrec.face.models.dir");
    Path path = dir == null ? null : Path.of(dir);
    require(
        path != null && Files.isRegularFile(path.resolve("blazeface.json")),
        "face models not found in " + path + " (the Maven build fetches them with npm)");
    return path;
  }

  /** The face-expression sample photos in ../shared, or skip/fail. */
  public static Path faceSamples() {
    String shared = System.getProperty("affectrec.shared.dir");
    Path path = shared == null ? null : Path.of(shared, "data", "face-expression-samples");
    require(
        path != null && Files.isDirectory(path),
        "shared face-expression-samples not found at " + path);
    return path;
  }

  /**
   * A file under ../shared/models (for example {@code yunet/yunet_n_320_320.onnx}), or skip/fail.
   */
  public static Path sharedModel(String relative) {
    String shared = System.getProperty("affectrec.shared.dir");
    Path path = shared == null ? null : Path.of(shared, "models").resolve(relative);
    require(path != null && Files.isRegularFile(path), "shared model not found at " + path);
    return path;
  }

  private static void require(boolean present, String message) {
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.assumeTrue(present, message + "; skipping");
  }
}
