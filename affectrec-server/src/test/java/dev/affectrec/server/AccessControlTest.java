package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.serving.access.Role;
import dev.affectrec.serving.access.SecurityConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessControlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VIEW =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}";

  @TempDir Path dir;

  @Test
  void everyEndpointButHealthNeedsAValidKey() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      String admin = http.key;
      http.key = null;
      assertThat(http.get("/health").statusCode()).isEqualTo(200);
      for (String path :
          new String[] {
            "/v1/stats", "/metrics", "/openapi.json", "/v1/users/u1/events", "/v1/keys"
          }) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
            .as(path)
            .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      }
      assertThat(http.post("/v1/events", VIEW).statusCode()).isEqualTo(401);
      http.key = "ark_" + "x".repeat(43);
      assertThat(http.get("/v1/stats").statusCode()).isEqualTo(401);
      http.key = admin;
      assertThat(http.get("/v1/stats").statusCode()).isEqualTo(200);
      assertThat(http.store.stats().events()).isZero();
    }
  }

  @Test
  void rolesLimitWhatAKeyMayDo() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      String ingest = http.server.keys().create(Role.INGEST, "shop backend").key();
      String read = http.server.keys().create(Role.READ, "analyst").key();
      http.key = ingest;
      assertThat(http.post("/v1/events", VIEW).statusCode()).isEqualTo(200);
      HttpResponse<String> forbidden = http.get("/v1/stats");
      assertThat(forbidden.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(forbidden.body()).get("detail").asText()).contains("ingest");
      http.key = read;
      assertThat(http.get("/v1/users/u1/events").statusCode()).isEqualTo(200);
      assertThat(http.post("/v1/events", VIEW).statusCode()).isEqualTo(403);
      assertThat(http.delete("/v1/users/u1").statusCode()).isEqualTo(403);
      assertThat(http.get("/v1/keys").statusCode()).isEqualTo(403);
    }
  }

  @Test
  void keysAreCreatedListedAndRevokedOverRestAndAudited() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      HttpResponse<String> created =
          http.post("/v1/keys", "{\"role\":\"read\",\"label\":\"dashboard\"}");
      assertThat(created.statusCode()).isEqualTo(201);
      JsonNode key = JSON.readTree(created.body());
      assertThat(key.get("key").asText()).startsWith("ark_");
      String listed = http.get("/v1/keys").body();
      assertThat(listed)
          .contains(key.get("id").asText())
          .contains("dashboard")
          .doesNotContain(key.get("key").asText())
          .doesNotContain("hash");

      String admin = http.key;
      http.key = key.get("key").asText();
      assertThat(http.get("/v1/stats").statusCode()).isEqualTo(200);
      http.key = admin;
      assertThat(http.delete("/v1/keys/" + key.get("id").asText()).statusCode()).isEqualTo(204);
      assertThat(http.delete("/v1/keys/nope").statusCode()).isEqualTo(404);
      http.key = key.get("key").asText();
      assertThat(http.get("/v1/stats").statusCode()).isEqualTo(401);

      http.key = admin;
      JsonNode bad = JSON.readTree(http.post("/v1/keys", "{\"role\":\"root\"}").body());
      assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("role");
      JsonNode audit = JSON.readTree(http.get("/v1/audit").body()).get("entries");
      assertThat(audit.findValuesAsText("action"))
          .contains("POST /v1/keys", "DELETE /v1/keys/{id}");
    }
  }

  @Test
  void rateLimitAnswers429WithRetryAfter() throws Exception {
    try (HttpFixture http =
        new HttpFixture(dir, ServerConfig.loopback(0), new SecurityConfig(null, null, 1, 3))) {
      int limited = 0;
      for (int i = 0; i < 6; i++) {
        HttpResponse<String> response = http.get("/v1/stats");
        if (response.statusCode() == 429) {
          limited++;
          assertThat(response.headers().firstValue("Retry-After")).isPresent();
        }
      }
      assertThat(limited).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void bootstrapKeyFromConfigurationIsAnAdmin() throws Exception {
    String bootstrap = "bootstrap-admin-key-for-tests";
    try (HttpFixture http =
        new HttpFixture(
            dir, ServerConfig.loopback(0), new SecurityConfig(bootstrap, null, 100, 100))) {
      http.key = bootstrap;
      assertThat(http.get("/v1/keys").statusCode()).isEqualTo(200);
    }
    try (HttpFixture again =
        new HttpFixture(
            dir, ServerConfig.loopback(0), new SecurityConfig(bootstrap, null, 100, 100))) {
      assertThat(again.server.keys().list().stream().filter(k -> k.label().equals("bootstrap")))
          .hasSize(1);
    }
  }
}
