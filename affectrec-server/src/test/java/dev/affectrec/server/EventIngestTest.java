package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class EventIngestTest extends FreshServerTest {
  private static final String RATE =
      "{\"id\":\"e1\",\"user\":\"u1\",\"item\":\"i1\",\"type\":\"rate\",\"time\":\"2024-05-01T12:00:00Z\",\"value\":4,"
          + "\"context\":{\"device\":\"mobile\",\"channel\":\"app\"}}";

  @Test
  void storesOneEventAndListsItForTheUser() throws Exception {
    HttpResponse<String> response = http.post("/v1/events", RATE);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("inserted").asInt()).isEqualTo(1);

    JsonNode events = JSON.readTree(http.get("/v1/users/u1/events").body()).get("events");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("type").asText()).isEqualTo("rate");
    assertThat(events.get(0).get("value").asDouble()).isEqualTo(4.0);
    assertThat(events.get(0).get("context").get("device").asText()).isEqualTo("mobile");
    assertThat(events.get(0).get("context").has("location")).isFalse();
    assertThat(events.get(0).get("context").has("empty")).isFalse();
  }

  @Test
  void reingestIsIdempotent() throws Exception {
    http.post("/v1/events", RATE);
    JsonNode second = JSON.readTree(http.post("/v1/events", RATE).body());
    assertThat(second.get("inserted").asInt()).isZero();
    assertThat(second.get("duplicates").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(http.get("/v1/stats").body()).get("events").asLong()).isEqualTo(1);
  }

  @Test
  void aBatchWithOneBadEventWritesNothingAndNamesTheField() throws Exception {
    String batch =
        "["
            + RATE
            + ",{\"id\":\"e2\",\"user\":\"u1\",\"item\":\"i2\",\"type\":\"teleport\",\"time\":\"2024-05-01T12:00:00Z\"},"
            + "{\"id\":\"e3\",\"user\":\"u1\",\"item\":\"i2\",\"type\":\"view\",\"time\":\"yesterday\"}]";
    HttpResponse<String> response = http.post("/v1/events", batch);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactly("[1].type", "[2].time");
    assertThat(problem.get("errors").get(0).get("message").asText())
        .contains("teleport")
        .contains("add_to_cart");
    assertThat(JSON.readTree(http.get("/v1/stats").body()).get("events").asLong()).isZero();
  }

  @Test
  void missingAndMistypedFieldsAreNamed() throws Exception {
    JsonNode missing =
        JSON.readTree(
            http.post(
                    "/v1/events",
                    "{\"id\":\"e1\",\"type\":\"view\",\"item\":\"i\",\"time\":\"2024-05-01T12:00:00Z\"}")
                .body());
    assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("user");
    JsonNode mistyped =
        JSON.readTree(
            http.post("/v1/events", RATE.replace("\"value\":4", "\"value\":\"four\"")).body());
    assertThat(mistyped.get("errors").get(0).get("field").asText()).isEqualTo("value");
    assertThat(mistyped.get("detail").asText()).contains("must be a number");
    JsonNode rule = JSON.readTree(http.post("/v1/events", RATE.replace(",\"value\":4", "")).body());
    assertThat(rule.get("errors").get(0).get("field").asText()).isEqualTo("value");
    JsonNode unknown =
        JSON.readTree(http.post("/v1/events", RATE.replace("\"user\"", "\"usr\"")).body());
    assertThat(unknown.get("errors").findValuesAsText("field")).contains("usr", "user");
  }

  @Test
  void malformedJsonIs400WithLocation() throws Exception {
    HttpResponse<String> response = http.post("/v1/events", "{\"id\": \"e1\", ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains("malformed JSON")
        .contains("line 1");
    assertThat(http.post("/v1/events", "").statusCode()).isEqualTo(400);
    assertThat(http.post("/v1/events", "[]").statusCode()).isEqualTo(400);
    assertThat(http.post("/v1/events", "42").statusCode()).isEqualTo(400);
  }

  /** Found by EventJsonReaderFuzzTest: Jackson read NULs as UTF-32 and the error was a 500. */
  @Test
  void aBodyJacksonTakesForUtf32Is400() throws Exception {
    HttpResponse<String> response =
        http.post("/v1/events", "{\u0000\u0000\u0000\u0010\"id\":7,\"user\":null}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .startsWith("malformed JSON: the body is not UTF-8 JSON");
  }

  @Test
  void unknownUserEventsAre404AndBadLimitIs400() throws Exception {
    HttpResponse<String> response = http.get("/v1/users/nobody/events");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("nobody");
    http.post("/v1/events", RATE);
    assertThat(http.get("/v1/users/u1/events?limit=0").statusCode()).isEqualTo(400);
    assertThat(http.get("/v1/users/u1/events?limit=abc").statusCode()).isEqualTo(400);
  }
}
