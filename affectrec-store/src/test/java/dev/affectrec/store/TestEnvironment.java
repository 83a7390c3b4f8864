package dev.affectrec.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates what some tests need outside the repository. Absent resources skip the test with a
 * message, except on CI ({@code CI=true}), where they fail it.
 */
public final class TestEnvironment {
  /** Environment variable holding a full PostgreSQL JDBC URL with user and password. */
  public static final String PG_URL_VARIABLE = "AFFECTREC_TEST_PG_URL";

  private TestEnvironment() {}

  /** {@code ../shared/data/<name>}, or skips (fails on CI) when it is absent. */
  public static Path sharedData(String name) {
    String shared = System.getProperty("affectrec.shared.dir");
    Path path = shared == null ? null : Path.of(shared, "data", name);
    require(
        path != null && Files.exists(path),
        "shared dataset "
            + name
            + " not found (system property affectrec.shared.dir="
            + shared
            + ")");
    return path;
  }

  /** The PostgreSQL test URL, or skips (fails on CI) when it is not set. */
  public static String postgresUrl() {
    String url = System.getenv(PG_URL_VARIABLE);
    require(
        url != null && !url.isBlank(),
        PG_URL_VARIABLE
            + " is not set; start a throwaway server with scripts/pg-test-server.sh start"
            + " and export the line it prints to run the PostgreSQL store tests");
    return url;
  }

  private static void require(boolean present, String message) {
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(message + " (CI=true, so this is a failure, not a skip)");
    }
    assumeTrue(present, message);
  }
}
