package dev.affectrec.store;

import dev.affectrec.testkit.Prerequisite;
import dev.affectrec.testkit.SharedData;
import java.nio.file.Path;

/**
 * Locates what some store tests need outside the repository, by the testkit's {@link Prerequisite}
 * rule: absent resources skip the test with a message, except on CI ({@code CI=true}), where they
 * fail it.
 */
public final class TestEnvironment {
  /** Environment variable holding a full PostgreSQL JDBC URL with user and password. */
  public static final String PG_URL_VARIABLE = "AFFECTREC_TEST_PG_URL";

  private TestEnvironment() {}

  /** {@code ../shared/data/<name>}, or skips (fails on CI) when it is absent. */
  public static Path sharedData(String name) {
    return SharedData.require("data/" + name);
  }

  /** The PostgreSQL test URL, or skips (fails on CI) when it is not set. */
  public static String postgresUrl() {
    String url = System.getenv(PG_URL_VARIABLE);
    Prerequisite.require(
        url != null && !url.isBlank(),
        PG_URL_VARIABLE
            + " (a PostgreSQL JDBC URL); start a throwaway server with"
            + " scripts/pg-test-server.sh start and export the line it prints to run the"
            + " PostgreSQL store tests");
    return url;
  }
}
