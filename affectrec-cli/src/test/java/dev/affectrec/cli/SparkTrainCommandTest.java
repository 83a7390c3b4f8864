package dev.affectrec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.testkit.Prerequisite;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code affectrec train --engine spark --master local[2]} on a SQLite data directory (through the
 * Parquet snapshot it writes) and on PostgreSQL (a partitioned JDBC read), then a real {@code
 * serve} process answers from the model Spark trained.
 */
class SparkTrainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "spark-als:factors=4:iterations=3";

  @TempDir Path dir;

  @Test
  void trainsOnSparkFromASqliteDataDirectoryAndServeAnswersFromThatModel() throws Exception {
    Path data = dir.resolve("data");
    assertThat(importEvents("--data-dir", data.toString()).exitCode()).isZero();

    CliRun train = train("--data-dir", data.toString());

    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.err()).contains("engine spark");
    assertThat(parquetFiles(data.resolve("spark-snapshot"))).isNotEmpty();
    String version = assertSparkManifest(data);
    assertServedBy(data, List.of(), version);

    CliRun export =
        CliRun.of(
            "export",
            "--data-dir",
            data.toString(),
            "--format",
            "parquet",
            "--out",
            dir.resolve("export").toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.err()).contains("wrote 120 events");
    assertThat(parquetFiles(dir.resolve("export"))).isNotEmpty();
  }

  @Test
  void trainsOnSparkFromPostgresAndServeAnswersFromThatModel() throws Exception {
    String url = System.getenv("AFFECTREC_TEST_PG_URL");
    Prerequisite.require(
        url != null && !url.isBlank(),
        "AFFECTREC_TEST_PG_URL (start a server with scripts/pg-test-server.sh start)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    try {
      String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      Path data = dir.resolve("pg-data");
      assertThat(importEvents("--db", db, "--data-dir", data.toString()).exitCode()).isZero();

      CliRun train = train("--db", db, "--data-dir", data.toString());

      assertThat(train.exitCode()).as(train.err()).isZero();
      assertThat(data.resolve("spark-snapshot")).doesNotExist();
      String version = assertSparkManifest(data);
      assertServedBy(data, List.of("--db", db), version);
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private CliRun train(String... store) {
    List<String> args = new ArrayList<>(List.of(store));
    args.addAll(
        List.of("--engine", "spark", "--master", "local[2]", "--base", BASE, "--check-users", "0"));
    args.add(0, "train");
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The current manifest says Spark trained it; returns its version. */
  private static String assertSparkManifest(Path data) throws IOException {
    Path models = data.resolve("models");
    String version = Files.readString(models.resolve("CURRENT")).trim();
    JsonNode manifest = JSON.readTree(models.resolve(version).resolve("manifest.json").toFile());
    assertThat(manifest.path("engine").asText()).isEqualTo("spark");
    assertThat(manifest.path("engineDetails").path("master").asText()).isEqualTo("local[2]");
    assertThat(manifest.path("engineDetails").path("sparkVersion").asText()).startsWith("4.");
    assertThat(manifest.path("base").asText()).isEqualTo(BASE);
    assertThat(manifest.path("interactions").asInt()).isEqualTo(100);
    return version;
  }

  /** A real serve process on the store answers u1 from the model {@code version}. */
  private void assertServedBy(Path data, List<String> serveOptions, String version)
      throws Exception {
    try (ServerProcess server = ServerProcess.start(data, dir.resolve("serve.log"), serveOptions)) {
      HttpResponse<String> r = server.send("GET", "/v1/users/u1/recommendations?k=3", null);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.path("model").asText()).isEqualTo(version);
      assertThat(body.path("items")).isNotEmpty();
      server.stop();
    }
  }

  /**
   * 20 users in two taste groups of 5 items each: 100 (user, item) pairs of views and purchases,
   * and a click on each user's first item, 120 events in all.
   */
  private CliRun importEvents(String... store) throws IOException {
    StringBuilder lines = new StringBuilder();
    int n = 0;
    for (int u = 0; u < 20; u++) {
      String group = u < 10 ? "a" : "b";
      for (int i = 0; i < 5; i++) {
        String type = i % 2 == 0 ? "view" : "purchase";
        lines.append(event(n++, u, group + i, type));
        if (i == 0) {
          lines.append(event(n++, u, group + i, "click"));
        }
      }
    }
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, lines);
    List<String> args = new ArrayList<>(List.of("import", "--format", "events", file.toString()));
    args.addAll(List.of(store));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String event(int n, int u, String item, String type) {
    return "{\"id\":\"e%d\",\"user\":\"u%d\",\"item\":\"%s\",\"type\":\"%s\",\"time\":\"2026-10-01T10:%02d:%02dZ\"}\n"
        .formatted(n, u, item, type, n / 60, n % 60);
  }

  private static List<Path> parquetFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).toList();
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
