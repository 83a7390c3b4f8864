package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.server.security.Route;
import dev.affectrec.serving.access.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD is checked like GET on every GET route the server registers. */
class HeadAccessTest {
  @TempDir Path dir;

  private static String concrete(String pattern) {
    return pattern.replaceAll("\\{[^}]+}", "x");
  }

  private static HttpResponse<String> head(HttpFixture http, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(http.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody());
    if (http.key != null) {
      request.header("Authorization", "Bearer " + http.key);
    }
    return http.send(request.build());
  }

  /** A role that may not call {@code route}, if any. */
  private static Role refused(Route route) {
    for (Role role : Role.values()) {
      if (route.roles().stream().noneMatch(role::permits)) {
        return role;
      }
    }
    return null;
  }

  @Test
  void headWithoutAKeyIs401AndWithTheWrongRoleIs403OnEveryGetRoute() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      List<Route> gets =
          http.server.routes().stream().filter(r -> r.method().equals("GET")).toList();
      assertThat(gets).extracting(Route::path).contains("/v1/keys", "/v1/audit", "/v1/stats");
      int checked = 0;
      for (Route route : gets) {
        String path = concrete(route.path());
        http.key = null;
        HttpResponse<String> anonymous = head(http, path);
        if (route.isPublic()) {
          continue;
        }
        assertThat(anonymous.statusCode()).as("HEAD %s without a key", path).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).isPresent();
        Role wrong = refused(route);
        if (wrong != null) {
          http.key = http.server.keys().create(wrong, "head test").key();
          assertThat(head(http, path).statusCode())
              .as("HEAD %s with a %s key", path, wrong)
              .isEqualTo(403);
        }
        checked++;
      }
      assertThat(checked).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void headOnAPublicRouteStillAnswers() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      http.key = null;
      assertThat(head(http, "/health").statusCode()).isEqualTo(200);
    }
  }
}
