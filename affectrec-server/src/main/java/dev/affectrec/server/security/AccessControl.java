package dev.affectrec.server.security;

import dev.affectrec.server.http.ApiException;
import dev.affectrec.serving.access.KeyService;
import dev.affectrec.serving.access.Principal;
import dev.affectrec.serving.access.SecurityConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates every request to a route that declares one of the {@link RouteRoles}, checks the
 * role, and applies the per-key rate limit. Routes without a role (only {@code /health}) are
 * public. Failures are problem responses: 401 without a valid key (with {@code WWW-Authenticate:
 * Bearer}), 403 when the role does not permit the route, 429 with {@code Retry-After} over the
 * rate. Thread-safe.
 */
public final class AccessControl {
  /** The context attribute that holds the {@link Principal} of an authenticated request. */
  public static final String PRINCIPAL = "affectrec.principal";

  private final KeyService keys;
  private final SecurityConfig config;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  /** Access control over {@code keys} with the limits of {@code config}. */
  public AccessControl(KeyService keys, SecurityConfig config) {
    this.keys = keys;
    this.config = config;
  }

  /** The before-matched handler: throws {@link ApiException} to refuse the request. */
  public void check(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty()) {
      return;
    }
    Principal principal = authenticate(ctx);
    boolean permitted =
        roles.stream()
            .anyMatch(required -> principal.role().permits(((RouteRoles) required).role()));
    if (!permitted) {
      throw ApiException.forbidden(
          "the key "
              + principal.keyId()
              + " has role "
              + principal.role().wireName()
              + ", which may not "
              + ctx.method()
              + " "
              + ctx.endpointHandlerPath());
    }
    long now = System.nanoTime();
    TokenBucket bucket =
        buckets.computeIfAbsent(
            principal.keyId(),
            id -> new TokenBucket(config.burst(), config.requestsPerSecond(), now));
    if (!bucket.tryAcquire(now)) {
      ctx.header("Retry-After", Long.toString(Math.max(1, bucket.secondsUntilAvailable(now))));
      throw ApiException.tooManyRequests(
          "the key "
              + principal.keyId()
              + " is over its limit of "
              + config.requestsPerSecond()
              + " requests per second");
    }
    ctx.attribute(PRINCIPAL, principal);
  }

  private Principal authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized(
          "this endpoint needs an API key: send the header Authorization: Bearer <key>");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized("the Authorization header must use the Bearer scheme");
    }
    return keys.authenticate(header.substring(7).trim())
        .orElseThrow(
            () -> {
              ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
              return ApiException.unauthorized("the API key is unknown or revoked");
            });
  }
}
