package dev.affectrec.server.privacy;

import dev.affectrec.server.security.AccessControl;
import dev.affectrec.serving.access.Principal;
import dev.affectrec.serving.privacy.AuditTrail;
import io.javalin.http.Context;

/**
 * Records an HTTP request into the {@link AuditTrail}: the caller's key id (or {@code anonymous}),
 * the method and route template, the target user and the response status. Thread-safe.
 */
public final class RequestAudit {
  private final AuditTrail trail;

  /** Records into {@code trail}. */
  public RequestAudit(AuditTrail trail) {
    this.trail = trail;
  }

  /** Records the request in {@code ctx} against the stored user id {@code targetUser} (or null). */
  public void record(Context ctx, String targetUser) {
    Principal principal = ctx.attribute(AccessControl.PRINCIPAL);
    trail.record(
        principal == null ? "anonymous" : principal.keyId(),
        ctx.method().name() + " " + ctx.endpointHandlerPath(),
        targetUser,
        ctx.statusCode());
  }
}
