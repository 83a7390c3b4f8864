package dev.affectrec.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real datasets and models in {@code ../shared} (system property {@code
 * affectrec.shared.dir}, set by the build). A test that needs a file calls {@link #require}: when
 * the file is absent the test is skipped with a message naming it, except under CI ({@code
 * CI=true}), where it fails, because CI always has the data.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared directory, which may not exist. */
  public static Path root() {
    String configured = System.getProperty("affectrec.shared.dir");
    return Path.of(configured == null ? "../shared" : configured).toAbsolutePath().normalize();
  }

  /**
   * Returns {@code root()/relative}, skipping (or under CI failing) the calling test when it does
   * not exist.
   */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      String message =
          "needs " + path + " (the shared datasets); it is absent, so this test is skipped";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message.replace("so this test is skipped", "and CI must have it"));
      }
      Assumptions.assumeTrue(false, message);
    }
    return path;
  }
}
