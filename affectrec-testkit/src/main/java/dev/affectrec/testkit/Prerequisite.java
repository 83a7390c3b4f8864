package dev.affectrec.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for what a test needs from outside the repository (shared datasets, downloaded
 * models, a database, a browser): when it is absent the calling test is skipped with a message
 * naming it, except under CI ({@code CI=true}), where the test fails, because CI always provides
 * it.
 */
public final class Prerequisite {
  private Prerequisite() {}

  /**
   * Returns normally when {@code present}; otherwise skips the calling test, or fails it under CI.
   *
   * @param present whether the prerequisite is there
   * @param what what is needed, and where it was looked for (for example {@code "/x/shared/data/a
   *     (the shared datasets)"})
   */
  public static void require(boolean present, String what) {
    if (present) {
      return;
    }
    if (underCi()) {
      Assertions.fail("needs " + what + "; it is absent, and CI (CI=true) must have it");
    }
    Assumptions.assumeTrue(false, "needs " + what + "; it is absent, so this test is skipped");
  }

  private static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
