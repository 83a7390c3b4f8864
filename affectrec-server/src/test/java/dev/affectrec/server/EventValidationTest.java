package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The range and shape rules of the events reader, seen through POST /v1/events. */
class EventValidationTest extends FreshServerTest {
  private static final String RATE =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\","
          + "\"time\":\"2024-05-01T12:00:00Z\",\"value\":4}";

  private void assertRefused(String body, String field, String detail) throws Exception {
    HttpResponse<String> response = http.post("/v1/events", body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors).as(body).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asText()).contains(detail);
  }

  @Test
  void aSearchWithAnItemIs400() throws Exception {
    assertRefused(
        "{\"id\":\"s1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"search\","
            + "\"time\":\"2024-05-01T12:00:00Z\",\"text\":\"red dress\"}",
        "item",
        "must be absent for type search");
  }

  @Test
  void aRatingOutsideZeroToFiveIs400() throws Exception {
    assertRefused(RATE.replace("\"value\":4", "\"value\":-5"), "value", "between 0.0 and 5.0");
    assertRefused(RATE.replace("\"value\":4", "\"value\":1e9"), "value", "between 0.0 and 5.0");
  }

  @Test
  void aTimeFarOutsideTheAcceptedWindowIs400() throws Exception {
    assertRefused(
        RATE.replace("2024-05-01T12:00:00Z", "+99999-05-01T12:00:00Z"), "time", "outside");
    assertRefused(RATE.replace("2024-05-01T12:00:00Z", "0001-05-01T12:00:00Z"), "time", "outside");
    assertThat(http.store.stats().events()).isZero();
  }

  @Test
  void aBodyThatIsNotDeclaredJsonIs415() throws Exception {
    HttpResponse<String> response = http.post("/v1/events", "text/plain", RATE);
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains("text/plain")
        .contains("application/json");
    assertThat(http.store.stats().events()).isZero();
    assertThat(http.post("/v1/events", RATE).statusCode()).isEqualTo(200);
  }
}
