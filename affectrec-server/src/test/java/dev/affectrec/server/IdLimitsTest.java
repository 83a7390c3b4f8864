package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The id rules of the events reader (at most 256 UTF-8 bytes, no control character, no lone
 * surrogate) through POST /v1/events, and the erasure of every id those rules let in.
 */
class IdLimitsTest extends FreshServerTest {
  private static String batch(String userJson) {
    return "[{\"id\":\"e1\",\"user\":"
        + userJson
        + ",\"item\":\"i1\",\"type\":\"view\",\"time\":\"2024-05-01T12:00:00Z\"}]";
  }

  private void assertRefused(String userJson, String detail) throws Exception {
    HttpResponse<String> response = http.post("/v1/events", batch(userJson));
    assertThat(response.statusCode()).as(detail).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo("[0].user");
    assertThat(errors.get(0).get("message").asText()).contains(detail);
    assertThat(http.store.stats().events()).isZero();
  }

  @Test
  void aUserIdOver256BytesIs400() throws Exception {
    assertRefused("\"" + "u".repeat(64 * 1024) + "\"", "at most 256 bytes");
    assertRefused("\"" + "é".repeat(129) + "\"", "at most 256 bytes");
  }

  @Test
  void aUserIdWithAControlCharacterIs400() throws Exception {
    assertRefused("\"bu\\u0000\"", "control characters");
    assertRefused("\"bu\\n\"", "control characters");
  }

  @Test
  void aUserIdWithALoneSurrogateIs400() throws Exception {
    assertRefused("\"bu\\ud800\"", "lone surrogate");
  }

  @Test
  void everyIdTheRulesAcceptCanBeErased() throws Exception {
    String[] ids = {
      "u".repeat(256), "é".repeat(128), "名前".repeat(42), "a/b c?d#e%f+g", "🎧 listener", ".."
    };
    for (String id : ids) {
      String body = batch(JSON.writeValueAsString(id));
      assertThat(http.post("/v1/events", body).statusCode()).as(id).isEqualTo(200);
      String path =
          "/v1/users/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
      assertThat(http.delete(path).statusCode()).as(id).isEqualTo(204);
      assertThat(http.store.stats().events()).as(id).isZero();
    }
  }

  @Test
  void catalogueIdsFollowTheSameRules() throws Exception {
    String tooLong = "i".repeat(257);
    HttpResponse<String> item = http.put("/v1/items/" + tooLong, "{\"title\":\"x\"}");
    assertThat(item.statusCode()).isEqualTo(400);
    JsonNode errors = JSON.readTree(item.body()).get("errors");
    assertThat(errors.get(0).get("field").asText()).isEqualTo("id");
    assertThat(errors.get(0).get("message").asText()).contains("at most 256 bytes");
    assertThat(http.put("/v1/users/" + tooLong, "{}").statusCode()).isEqualTo(400);
    assertThat(http.put("/v1/items/" + "i".repeat(256), "{\"title\":\"x\"}").statusCode())
        .isEqualTo(200);
  }
}
