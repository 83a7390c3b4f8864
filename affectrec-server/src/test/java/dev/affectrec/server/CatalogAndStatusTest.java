package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.affectrec.api.event.Item;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogAndStatusTest extends FreshServerTest {

  @Test
  void putItemStoresEveryField() throws Exception {
    HttpResponse<String> response =
        http.put(
            "/v1/items/tea-1",
            "{\"title\":\"Green tea · 绿茶\",\"description\":\"Calm\",\"categories\":[\"tea\"],\"attributes\":{\"brand\":\"X\",\"grams\":250},\"time\":\"2024-01-01T00:00:00Z\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    Item item = http.store.item("tea-1").orElseThrow();
    assertThat(item.title()).isEqualTo("Green tea · 绿茶");
    assertThat(item.categories()).containsExactly("tea");
    assertThat(item.attributes()).containsEntry("grams", "250");
  }

  @Test
  void putWithBadFieldsIs400AndStoresNothing() throws Exception {
    HttpResponse<String> response =
        http.put("/v1/items/x", "{\"title\":5,\"categories\":\"tea\",\"colour\":\"red\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("title", "categories", "colour");
    assertThat(http.store.item("x")).isEmpty();
    assertThat(http.put("/v1/users/u1", "{\"id\":\"u2\"}").statusCode()).isEqualTo(400);
    assertThat(http.put("/v1/users/u1", "[]").statusCode()).isEqualTo(400);
  }

  @Test
  void putUserThenStatsCountIt() throws Exception {
    assertThat(http.put("/v1/users/u1", "{\"attributes\":{\"age\":30}}").statusCode())
        .isEqualTo(200);
    JsonNode stats = JSON.readTree(http.get("/v1/stats").body());
    assertThat(stats.get("users").asLong()).isEqualTo(1);
    assertThat(stats.get("events").asLong()).isZero();
  }

  @Test
  void healthMetricsAndUnknownRoutes() throws Exception {
    assertThat(http.get("/health").body()).contains("\"ok\"");
    http.get("/v1/stats");
    String metrics = http.get("/metrics").body();
    assertThat(metrics)
        .contains("http_server_requests_seconds_count")
        .contains("route=\"/v1/stats\"")
        .contains("jvm_memory_used_bytes");
    HttpResponse<String> missing = http.get("/v2/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"status\":404");
  }

  @Test
  void openApiDocumentsEveryRoute() throws Exception {
    JsonNode doc = JSON.readTree(http.get("/openapi.json").body());
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      paths.add(it.next());
    }
    assertThat(paths)
        .contains(
            "/health",
            "/metrics",
            "/openapi.json",
            "/v1/stats",
            "/v1/events",
            "/v1/users/{id}/events",
            "/v1/items/{id}",
            "/v1/users/{id}",
            "/v1/users/{id}/consent",
            "/v1/keys",
            "/v1/keys/{id}",
            "/v1/audit",
            "/v1/emotion/face",
            "/v1/emotion/text",
            "/v1/items/{id}/emotion",
            "/v1/users/{id}/emotion");
  }
}
