package dev.affectrec.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.Role;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** A real server on a free loopback port over a real SQLite store in a temporary directory. */
final class HttpFixture implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final EventStore store;
  final AffectRecServer server;

  /** An admin key sent with every request unless a test sets another. */
  String key;

  private final HttpClient client = HttpClient.newHttpClient();

  HttpFixture(Path dataDir, ServerConfig config, SecurityConfig security) {
    this.store = EventStores.open(StoreConfig.sqlite(dataDir));
    this.server = AffectRecServer.start(config, security, store);
    this.key = server.keys().create(Role.ADMIN, "test").key();
  }

  /** A server that also serves recommendations, with models under {@code dataDir/models}. */
  HttpFixture(Path dataDir, ServingOptions serving) {
    this.store = EventStores.open(StoreConfig.sqlite(dataDir));
    this.server =
        AffectRecServer.start(
            ServerConfig.loopback(0),
            SecurityConfig.DEFAULTS,
            store,
            new ModelDirectory(dataDir.resolve("models")),
            serving);
    this.key = server.keys().create(Role.ADMIN, "test").key();
  }

  HttpFixture(Path dataDir, ServerConfig config) {
    this(dataDir, config, SecurityConfig.DEFAULTS);
  }

  HttpFixture(Path dataDir) {
    this(dataDir, ServerConfig.loopback(0));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(authorised(HttpRequest.newBuilder(uri(path))).GET().build());
  }

  /** GET {@code path}, which must answer 200, parsed as JSON. */
  JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** The item ids of a recommendation answer. */
  static Set<String> items(JsonNode recommendation) {
    Set<String> out = new HashSet<>();
    recommendation.get("items").forEach(i -> out.add(i.get("item").asText()));
    return out;
  }

  HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return send(authorised(HttpRequest.newBuilder(uri(path))).DELETE().build());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return send(json(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** POST with the given {@code Content-Type} instead of JSON's. */
  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        authorised(HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
    return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder json(String path) {
    return authorised(HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/json");
  }

  private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
    return key == null ? builder : builder.header("Authorization", "Bearer " + key);
  }

  URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
