package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.InputException;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REVIEW =
      "{\"id\":\"r1\",\"user\":\"alice@example.com\",\"item\":\"i1\",\"type\":\"review\",\"time\":\"2024-05-01T12:00:00Z\",\"text\":\"Broke at once.\"}";

  @TempDir Path dir;

  @Test
  void deletingAUserErasesEverythingAndLaterRequestsAre404() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      List<String> erased = new CopyOnWriteArrayList<>();
      http.server.addErasureListener(erased::add);
      http.post("/v1/events", REVIEW);
      http.put("/v1/users/alice@example.com/consent", "{\"face\":true}");
      assertThat(http.delete("/v1/users/alice@example.com").statusCode()).isEqualTo(204);
      assertThat(erased).containsExactly("alice@example.com");
      assertThat(http.get("/v1/users/alice@example.com/events").statusCode()).isEqualTo(404);
      assertThat(http.get("/v1/users/alice@example.com/consent").statusCode()).isEqualTo(404);
      assertThat(http.store.stats().events()).isZero();
      assertThat(http.store.access().consentsOf("alice@example.com")).isEmpty();
      assertThat(http.delete("/v1/users/alice@example.com").statusCode()).isEqualTo(404);

      String audit = http.get("/v1/audit").body();
      assertThat(audit).contains("DELETE /v1/users/{id}").doesNotContain("alice");
    }
  }

  @Test
  void consentDefaultsToNoFaceAndIsRecordedPerModality() throws Exception {
    try (HttpFixture http = new HttpFixture(dir)) {
      http.post("/v1/events", REVIEW);
      JsonNode defaults = JSON.readTree(http.get("/v1/users/alice@example.com/consent").body());
      assertThat(defaults.get("text").asBoolean()).isTrue();
      assertThat(defaults.get("face").asBoolean()).isFalse();
      JsonNode updated =
          JSON.readTree(
              http.put("/v1/users/alice@example.com/consent", "{\"face\":true,\"text\":false}")
                  .body());
      assertThat(updated.get("face").asBoolean()).isTrue();
      assertThat(updated.get("text").asBoolean()).isFalse();
      assertThat(updated.get("behaviour").asBoolean()).isTrue();
      JsonNode bad =
          JSON.readTree(
              http.put("/v1/users/alice@example.com/consent", "{\"voice\":true,\"face\":\"yes\"}")
                  .body());
      assertThat(bad.get("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("voice", "face");
      assertThat(http.put("/v1/users/nobody/consent", "{\"face\":true}").statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void pseudonymisationKeepsRawIdsOutOfTheStore() throws Exception {
    SecurityConfig security =
        new SecurityConfig(null, "a-long-pseudonymisation-secret", 1000, 1000);
    try (HttpFixture http = new HttpFixture(dir, ServerConfig.loopback(0), security)) {
      assertThat(http.post("/v1/events", REVIEW).statusCode()).isEqualTo(200);
      assertThat(http.store.user("alice@example.com")).isEmpty();
      assertThat(http.store.stats().users()).isEqualTo(1);
      JsonNode events = JSON.readTree(http.get("/v1/users/alice@example.com/events").body());
      assertThat(events.get("events").get(0).get("user").asText()).isEqualTo("alice@example.com");
      assertThat(
              http.put("/v1/users/alice@example.com", "{\"attributes\":{\"tier\":\"gold\"}}")
                  .statusCode())
          .isEqualTo(200);
      assertThat(http.store.stats().users()).isEqualTo(1);
      assertThat(http.delete("/v1/users/alice@example.com").statusCode()).isEqualTo(204);
      assertThat(http.store.stats().users()).isZero();
    }
  }

  @Test
  void pseudonymisationIsRefusedOnAStoreOfRawIdsAndKeptOnAStoreOfPseudonyms() throws Exception {
    SecurityConfig security =
        new SecurityConfig(null, "a-long-pseudonymisation-secret", 1000, 1000);
    Path raw = dir.resolve("raw");
    try (HttpFixture http = new HttpFixture(raw)) {
      assertThat(http.post("/v1/events", REVIEW).statusCode()).isEqualTo(200);
    }
    try (EventStore store = EventStores.open(StoreConfig.sqlite(raw))) {
      assertThatThrownBy(() -> AffectRecServer.start(ServerConfig.loopback(0), security, store))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("AFFECTREC_PSEUDONYM_SECRET is set")
          .hasMessageContaining("1 user(s) stored under raw ids")
          .hasMessageContaining("unset AFFECTREC_PSEUDONYM_SECRET");
    }
    Path pseudonymised = dir.resolve("pseudonymised");
    try (HttpFixture http = new HttpFixture(pseudonymised, ServerConfig.loopback(0), security)) {
      assertThat(http.post("/v1/events", REVIEW).statusCode()).isEqualTo(200);
    }
    try (HttpFixture http = new HttpFixture(pseudonymised, ServerConfig.loopback(0), security)) {
      assertThat(http.get("/v1/users/alice@example.com/events").statusCode()).isEqualTo(200);
    }
  }
}
