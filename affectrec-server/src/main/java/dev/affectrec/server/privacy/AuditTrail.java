package dev.affectrec.server.privacy;

import dev.affectrec.server.security.AccessControl;
import dev.affectrec.server.security.Principal;
import dev.affectrec.server.security.Pseudonymiser;
import dev.affectrec.store.access.AccessStore;
import dev.affectrec.store.access.AuditEntry;
import io.javalin.http.Context;
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

  /** Records the request in {@code ctx} against the user id {@code targetUser} (may be null). */
  public void record(Context ctx, String targetUser) {
    Principal principal = ctx.attribute(AccessControl.PRINCIPAL);
    String actor = principal == null ? "anonymous" : principal.keyId();
    String action = ctx.method().name() + " " + ctx.endpointHandlerPath();
    store.appendAudit(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            targetUser == null ? null : targets.pseudonym(targetUser),
            ctx.statusCode()));
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
