package dev.affectrec.serving.privacy;

import dev.affectrec.serving.access.Pseudonymiser;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.AuditEntry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Records who did what: the API key id, the route template, a pseudonymous target and the status.
 * Targets that name users are keyed hashes under the audit secret, so the log holds no personal
 * data; whoever holds the secret can still check whether a given user was the target. Without a
 * configured secret a random one is drawn at start-up. Thread-safe.
 */
public final class AuditTrail {
  private final AccessStore store;
  private final Pseudonymiser targets;
  private final Clock clock;

  /** A trail into {@code store}; {@code secret} may be null for a random per-process secret. */
  public AuditTrail(AccessStore store, String secret, Clock clock) {
    this.store = store;
    this.targets = new Pseudonymiser(secret != null ? secret : randomSecret());
    this.clock = clock;
  }

  /**
   * Records one action.
   *
   * @param actor the API key id of the caller, or {@code "anonymous"}
   * @param action what was done, such as {@code DELETE /v1/users/{id}}
   * @param targetUser the stored user id the action concerned, or null
   * @param status the outcome as an HTTP-style status code
   */
  public void record(String actor, String action, String targetUser, int status) {
    store.appendAudit(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            targetUser == null ? null : targets.pseudonym(targetUser),
            status));
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
