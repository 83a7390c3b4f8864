package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.Prerequisite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code affectrec serve} processes on one PostgreSQL store (a private schema of the test
 * database, {@code AFFECTREC_TEST_PG_URL}) and one data directory: asked to retrain at the same
 * moment, exactly one trains (the other answers 409); both then serve that version and the same
 * recommendations; an erasure through one is honoured by the other.
 */
class ReplicasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ERASED = "erased-user-replica";
  private static final String ONLY_THEIRS = "ONLY-ERASED-ITEM";

  @TempDir Path dir;

  @Test
  void twoReplicasTrainOnceServeTheSameAndHonourAnErasureMadeThroughEither() throws Exception {
    String base = System.getenv("AFFECTREC_TEST_PG_URL");
    Prerequisite.require(
        base != null && !base.isBlank(),
        "a PostgreSQL test database in AFFECTREC_TEST_PG_URL: eval \"$(scripts/pg-test-server.sh"
            + " start)\"");
    String schema = "replicas_" + UUID.randomUUID().toString().replace("-", "");
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Path data = dir.resolve("data");
    try (ServerProcess a = ServerProcess.start(data, dir.resolve("a.log"), List.of("--db", url));
        ServerProcess b = ServerProcess.start(data, dir.resolve("b.log"), List.of("--db", url))) {
      assertThat(a.send("POST", "/v1/events", shop()).statusCode()).isEqualTo(200);

      CompletableFuture<HttpResponse<String>> viaA = retrain(a);
      CompletableFuture<HttpResponse<String>> viaB = retrain(b);
      List<Integer> statuses = List.of(viaA.get().statusCode(), viaB.get().statusCode());
      assertThat(statuses)
          .as("one trains, the other is told another server trains")
          .containsExactlyInAnyOrder(200, 409);
      HttpResponse<String> trained = viaA.get().statusCode() == 200 ? viaA.get() : viaB.get();
      HttpResponse<String> refused = viaA.get().statusCode() == 409 ? viaA.get() : viaB.get();
      assertThat(refused.body()).contains("another server on this store is training");
      String version = JSON.readTree(trained.body()).path("version").asText();

      assertThat(awaitVersion(a, version)).isEqualTo(version);
      assertThat(awaitVersion(b, version)).isEqualTo(version);
      for (int u = 0; u < 20; u++) {
        String path = "/v1/users/a" + u + "/recommendations?k=10&policy=neutral";
        assertThat(items(b.send("GET", path, null))).isEqualTo(items(a.send("GET", path, null)));
      }
      assertThat(recommendedToCluster(b)).contains(ONLY_THEIRS);

      assertThat(a.send("DELETE", "/v1/users/" + ERASED, null).statusCode()).isEqualTo(204);

      assertThat(b.send("GET", "/v1/users/" + ERASED + "/events", null).statusCode())
          .isEqualTo(404);
      Set<String> afterErasure = recommendedToCluster(b);
      for (int attempt = 0; attempt < 50 && afterErasure.contains(ONLY_THEIRS); attempt++) {
        Thread.sleep(200); // the other replica looks every 2 s
        afterErasure = recommendedToCluster(b);
      }
      assertThat(afterErasure).doesNotContain(ONLY_THEIRS);
      a.stop();
      b.stop();
    } finally {
      execute(base, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static CompletableFuture<HttpResponse<String>> retrain(ServerProcess server) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return server.send("POST", "/v1/models/retrain?wait=true", null);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static String servedVersion(ServerProcess server) throws Exception {
    HttpResponse<String> r = server.send("GET", "/v1/models/current", null);
    return r.statusCode() == 200 ? JSON.readTree(r.body()).path("version").asText() : null;
  }

  private static String awaitVersion(ServerProcess server, String version) throws Exception {
    String served = servedVersion(server);
    for (int attempt = 0; attempt < 100 && !version.equals(served); attempt++) {
      Thread.sleep(200);
      served = servedVersion(server);
    }
    return served;
  }

  private static List<String> items(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    for (JsonNode item : JSON.readTree(r.body()).path("items")) {
      out.add(item.path("item").asText());
    }
    return out;
  }

  private static Set<String> recommendedToCluster(ServerProcess server) throws Exception {
    Set<String> all = new HashSet<>();
    for (int u = 0; u < 20; u++) {
      all.addAll(items(server.send("GET", "/v1/users/a" + u + "/recommendations?k=50", null)));
    }
    return all;
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Two clusters of 20 shoppers, and the user to erase, who alone bought {@link #ONLY_THEIRS}. */
  private static String shop() {
    List<String> events = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    int n = 0;
    for (String cluster : List.of("a", "b")) {
      for (int u = 0; u < 20; u++) {
        for (int k = 0; k < 8; k++) {
          events.add(event("e" + n++, cluster + u, cluster.toUpperCase() + random.nextInt(20)));
        }
      }
    }
    for (int i = 0; i < 20; i++) {
      events.add(event("q" + i, ERASED, "A" + i));
    }
    for (int i = 0; i < 5; i++) {
      events.add(event("q-only" + i, ERASED, ONLY_THEIRS));
    }
    return "[" + String.join(",", events) + "]";
  }

  private static String event(String id, String user, String item) {
    return String.format(
        "{\"id\":\"%s\",\"user\":\"%s\",\"item\":\"%s\",\"type\":\"purchase\","
            + "\"time\":\"2026-10-01T10:%02d:%02dZ\"}",
        id, user, item, (id.hashCode() & 0x7fffffff) % 60, (id.hashCode() & 0x7fffffff) / 60 % 60);
  }
}
