package dev.affectrec.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real datasets and models in {@code ../shared} (system property {@code
 * affectrec.shared.dir}, set by the build). A test that needs a file calls {@link #require}, which
 * applies the {@link Prerequisite} rule: skipped when absent, failed under CI.
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
    Prerequisite.require(Files.exists(path), path + " (the shared datasets)");
    return path;
  }
}
