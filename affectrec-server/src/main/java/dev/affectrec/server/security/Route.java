package dev.affectrec.server.security;

import dev.affectrec.serving.access.Role;
import java.util.Objects;
import java.util.Set;

/**
 * One route the server registered: its HTTP method (upper case), its path pattern as registered
 * (with {@code {id}} parameters), and the roles that may call it (empty for a public route).
 *
 * @param method the HTTP method, such as {@code GET} or {@code HEAD}
 * @param path the path pattern, such as {@code /v1/users/{id}/events}
 * @param roles the roles any one of which permits the route; empty when the route is public
 */
public record Route(String method, String path, Set<Role> roles) {
  /** Validates and copies. */
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    roles = Set.copyOf(roles);
  }

  /** Whether the route needs no API key. */
  public boolean isPublic() {
    return roles.isEmpty();
  }
}
