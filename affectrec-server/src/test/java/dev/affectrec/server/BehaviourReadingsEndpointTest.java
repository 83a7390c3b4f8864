package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour readings are stored and fused through the real HTTP server. */
class BehaviourReadingsEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A shopping session two hours ago, then one view an hour later, which closes it. */
  private static String session(String user) {
    Instant t = Instant.now().minusSeconds(7200);
    String[] types = {"view", "click", "add_to_cart", "purchase"};
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < types.length; i++) {
      body.append(EventJson.of(user + "-" + i, user, types[i], t.plusSeconds(60L * i), ""))
          .append(',');
    }
    body.append(EventJson.of(user + "-next", user, "view", t.plusSeconds(3600), ""));
    return body.append(']').toString();
  }

  @Test
  void aClosedSessionIsReadStoredAndFusedOnlyWithBehaviourConsent() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      http.post("/v1/events", EventJson.of("seed", "private", "view", Instant.now(), ""));
      assertThat(http.put("/v1/users/private/consent", "{\"behaviour\":false}").statusCode())
          .isEqualTo(200);
      assertThat(http.post("/v1/events", session("shopper")).statusCode()).isEqualTo(200);
      assertThat(http.post("/v1/events", session("private")).statusCode()).isEqualTo(200);
      assertThat(http.server.awaitReadings(60_000)).isTrue();

      List<EmotionReading> readings = http.store.readingsOf(Subject.user("shopper"), 10);
      assertThat(readings)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.modality()).isEqualTo(Modality.BEHAVIOUR);
                assertThat(r.sourceEventId()).isEqualTo("shopper-3");
              });
      JsonNode state = JSON.readTree(http.get("/v1/users/shopper/emotion").body()).get("state");
      JsonNode behaviour = state.get("contributions").get(0);
      assertThat(behaviour.get("modality").asText()).isEqualTo("behaviour");
      assertThat(behaviour.get("readings").asInt()).isEqualTo(1);
      assertThat(behaviour.get("weight").asDouble()).isPositive();
      assertThat(http.store.readingsOf(Subject.user("private"), 10)).isEmpty();

      // The same events again: the session is not read twice.
      assertThat(http.post("/v1/events", session("shopper")).statusCode()).isEqualTo(200);
      assertThat(http.server.awaitReadings(60_000)).isTrue();
      assertThat(http.store.readingsOf(Subject.user("shopper"), 10)).hasSize(1);
    }
  }
}
