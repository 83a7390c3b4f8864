package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.Prerequisite;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tests of the database: {@code serve} on a PostgreSQL URL where nothing listens stops at
 * once with one line naming host and port; a PostgreSQL cluster that stops under a running server
 * (a throwaway cluster of {@code scripts/pg-test-server.sh}) makes requests answer 503 problem+json
 * with {@code Retry-After}, and the server serves again, with nothing acknowledged lost, once the
 * cluster is back.
 */
class DatabaseOutageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT =
      Path.of("").toAbsolutePath().getParent().resolve("scripts/pg-test-server.sh");

  @TempDir Path dir;

  @Test
  void serveOnAPostgresWhereNothingListensSaysSoInOneLineWithHostAndPort() throws IOException {
    int port = freePort();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/shop?user=rec&password=s3cret";

    CliRun run = CliRun.of("serve", "--db", url, "--data-dir", dir.toString(), "--port", "0");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err().strip().split("\n")).hasSize(1);
    assertThat(run.err())
        .contains("cannot connect to the PostgreSQL database at 127.0.0.1:" + port)
        .doesNotContain("s3cret")
        .doesNotContain("Exception");
  }

  @Test
  void aDatabaseThatStopsMidRunGives503AndTheServerRecoversWhenItReturns() throws Exception {
    Prerequisite.require(
        postgresInstalled() && Files.isExecutable(SCRIPT),
        "PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)");
    Cluster cluster =
        new Cluster(
            Path.of("/tmp/affectrec-pg-outage-" + ProcessHandle.current().pid()), freePort());
    try (cluster) {
      String url = cluster.start();
      try (ServerProcess server =
          ServerProcess.start(
              dir.resolve("data"), dir.resolve("server.log"), List.of("--db", url))) {
        assertThat(server.send("POST", "/v1/events", events("before")).statusCode()).isEqualTo(200);

        cluster.pause();
        HttpResponse<String> down = server.send("POST", "/v1/events", events("during"));
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(down.body()).path("detail").asText())
            .contains("database cannot be reached");
        assertThat(server.send("GET", "/v1/users/u1/events", null).statusCode()).isEqualTo(503);

        cluster.start();
        HttpResponse<String> back = null;
        for (int attempt = 0; attempt < 60; attempt++) {
          back = server.send("POST", "/v1/events", events("after"));
          if (back.statusCode() != 503) {
            break;
          }
          Thread.sleep(500);
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        HttpResponse<String> stored = server.send("GET", "/v1/users/u1/events?limit=100", null);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(ids(JSON.readTree(stored.body()))).contains("before-0", "after-0");
        server.stop();
      }
    }
  }

  private static List<String> ids(JsonNode events) {
    JsonNode list = events.has("events") ? events.get("events") : events;
    return Stream.iterate(0, i -> i < list.size(), i -> i + 1)
        .map(i -> list.get(i).path("id").asText())
        .toList();
  }

  private static String events(String prefix) {
    return "["
        + String.join(
            ",",
            Stream.iterate(0, i -> i < 3, i -> i + 1)
                .map(
                    i ->
                        "{\"id\":\"%s-%d\",\"user\":\"u1\",\"item\":\"i%d\",\"type\":\"view\",\"time\":\"2026-10-01T10:00:0%dZ\"}"
                            .formatted(prefix, i, i, i))
                .toList())
        + "]";
  }

  private static boolean postgresInstalled() {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb")));
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  /** A throwaway cluster of {@code scripts/pg-test-server.sh} in its own directory and port. */
  private record Cluster(Path dir, int port) implements AutoCloseable {
    /** Starts (or restarts) the cluster and returns its JDBC URL. */
    String start() throws IOException, InterruptedException {
      String out = script("start");
      int quote = out.indexOf('\'');
      return out.substring(quote + 1, out.lastIndexOf('\''));
    }

    void pause() throws IOException, InterruptedException {
      script("pause");
    }

    @Override
    public void close() throws IOException {
      try {
        script("stop");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("stopping the cluster was interrupted", e);
      }
    }

    private String script(String command) throws IOException, InterruptedException {
      ProcessBuilder builder =
          new ProcessBuilder("bash", SCRIPT.toString(), command)
              .redirectError(
                  ProcessBuilder.Redirect.appendTo(
                      dir.resolveSibling(dir.getFileName() + ".log").toFile()));
      builder.environment().put("AFFECTREC_PG_DIR", dir.toString());
      builder.environment().put("AFFECTREC_PG_PORT", String.valueOf(port));
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as("pg-test-server.sh " + command).isZero();
      return out;
    }
  }
}
