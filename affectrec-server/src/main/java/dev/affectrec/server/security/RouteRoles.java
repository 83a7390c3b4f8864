package dev.affectrec.server.security;

import dev.affectrec.serving.access.Role;
import io.javalin.security.RouteRole;

/**
 * The {@link Role} a route requires, in the form Javalin attaches to routes. The domain role has no
 * Javalin dependency; this enum adapts it one to one.
 */
public enum RouteRoles implements RouteRole {
  INGEST(Role.INGEST),
  READ(Role.READ),
  ADMIN(Role.ADMIN);

  private final Role role;

  RouteRoles(Role role) {
    this.role = role;
  }

  /** The domain role a caller needs (or one that {@link Role#permits} it). */
  public Role role() {
    return role;
  }
}
