package dev.affectrec.server.security;

import io.javalin.config.JavalinConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records every route the server registers and gives each GET route a HEAD twin with the same
 * roles. Without the twin, Javalin answers HEAD from the GET handler but checks no role, so HEAD
 * without a key answered 200 on every route. Call {@link #install} before the routes are mounted
 * and {@link #mirrorGets} after the last GET route. Not thread-safe while routes are being
 * registered; read-only afterwards.
 */
public final class HeadRoutes {
  private final List<HandlerMetaInfo> registered = new ArrayList<>();

  /** Starts recording the routes added to {@code config}. */
  public void install(JavalinConfig config) {
    config.events(events -> events.handlerAdded(registered::add));
  }

  /** Registers on {@code router} a HEAD route for each GET route that has none yet. */
  public void mirrorGets(JavalinDefaultRouting router) {
    Set<String> heads =
        registered.stream()
            .filter(meta -> meta.getHttpMethod() == HandlerType.HEAD)
            .map(HandlerMetaInfo::getPath)
            .collect(Collectors.toSet());
    for (HandlerMetaInfo get : List.copyOf(registered)) {
      if (get.getHttpMethod() == HandlerType.GET && !heads.contains(get.getPath())) {
        router.head(get.getPath(), get.getHandler(), get.getRoles().toArray(RouteRole[]::new));
      }
    }
  }

  /** Every HTTP route registered so far, in registration order. */
  public List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (HandlerMetaInfo meta : registered) {
      if (meta.getHttpMethod().isHttpMethod()) {
        routes.add(
            new Route(
                meta.getHttpMethod().name(),
                meta.getPath(),
                meta.getRoles().stream()
                    .map(role -> ((RouteRoles) role).role())
                    .collect(Collectors.toSet())));
      }
    }
    return List.copyOf(routes);
  }
}
