package dev.affectrec.serving.access;

/**
 * Access-control and privacy settings.
 *
 * @param bootstrapAdminKey when non-null, an admin key with this value is created at start-up if it
 *     does not exist (from {@code AFFECTREC_BOOTSTRAP_ADMIN_KEY}); at least 16 characters
 * @param pseudonymSecret when non-null, user ids are replaced at ingest by their HMAC-SHA256 under
 *     this secret (from {@code AFFECTREC_PSEUDONYM_SECRET}); at least 16 characters
 * @param requestsPerSecond sustained requests per second allowed per key, greater than 0
 * @param burst requests a key may make at once before the rate applies, at least 1
 */
public record SecurityConfig(
    String bootstrapAdminKey, String pseudonymSecret, double requestsPerSecond, int burst) {

  /** No bootstrap key, no pseudonymisation, 2,000 requests/s per key with bursts of 4,000. */
  public static final SecurityConfig DEFAULTS = new SecurityConfig(null, null, 2_000, 4_000);

  /** Validates the fields. */
  public SecurityConfig {
    if (bootstrapAdminKey != null && bootstrapAdminKey.length() < 16) {
      throw new IllegalArgumentException(
          "AFFECTREC_BOOTSTRAP_ADMIN_KEY must have at least 16 characters");
    }
    if (pseudonymSecret != null && pseudonymSecret.length() < 16) {
      throw new IllegalArgumentException(
          "AFFECTREC_PSEUDONYM_SECRET must have at least 16 characters");
    }
    if (!(requestsPerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be > 0 and burst >= 1 but were "
              + requestsPerSecond
              + ", "
              + burst);
    }
  }

  /** The defaults with the bootstrap key and pseudonym secret taken from the environment. */
  public static SecurityConfig fromEnvironment() {
    return new SecurityConfig(
        blankToNull(System.getenv("AFFECTREC_BOOTSTRAP_ADMIN_KEY")),
        blankToNull(System.getenv("AFFECTREC_PSEUDONYM_SECRET")),
        DEFAULTS.requestsPerSecond(),
        DEFAULTS.burst());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
