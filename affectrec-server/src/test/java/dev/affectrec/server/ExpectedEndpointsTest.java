package dev.affectrec.server;

import static dev.affectrec.server.RecommendationEndpointsTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.event.Event;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.Role;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.imports.ImportFormat;
import dev.affectrec.store.imports.ImportOptions;
import dev.affectrec.store.imports.ImportProgress;
import dev.affectrec.store.imports.ImportReport;
import dev.affectrec.store.imports.Importers;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoints Gorse users look for first: records by id, neighbours, popular items, session
 * recommendations and export, through a real server on a SQLite store.
 */
class ExpectedEndpointsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  HttpFixture http;

  @BeforeEach
  void start() {
    // No retraining schedule: each test decides when the model comes.
    http =
        new HttpFixture(
            dir.resolve("data"), ServingOptions.DEFAULTS.withRetrainInterval(Duration.ZERO));
  }

  @AfterEach
  void stop() {
    http.close();
  }

  /** Users a0..a9 buy 6 consecutive items of A0..A11, b0..b9 of B0..B11. */
  private void twoClusters() throws Exception {
    List<String> events = new ArrayList<>();
    for (String c : List.of("a", "b")) {
      for (int u = 0; u < 10; u++) {
        for (int k = 0; k < 6; k++) {
          String item = c.toUpperCase() + ((u + k) % 12);
          events.add(event(c + u + "-" + k, c + u, item, "purchase", events.size()));
        }
      }
    }
    assertThat(http.post("/v1/events", "[" + String.join(",", events) + "]").statusCode())
        .isEqualTo(200);
  }

  private void retrain() throws Exception {
    HttpResponse<String> r = http.post("/v1/models/retrain?wait=true", "");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void itemsAndUsersKnownOnlyFromEventsAnswerBeforeAnyModel() throws Exception {
    http.post("/v1/events", event("e1", "visitor", "thing", "view", 1));
    JsonNode item = http.getJson("/v1/items/thing");
    assertThat(item.get("id").asText()).isEqualTo("thing");
    assertThat(item.get("title").asText()).isEmpty();
    assertThat(http.getJson("/v1/users/visitor").get("id").asText()).isEqualTo("visitor");

    http.put("/v1/items/thing", "{\"title\":\"A thing\",\"categories\":[\"stuff\"]}");
    item = http.getJson("/v1/items/thing");
    assertThat(item.get("title").asText()).isEqualTo("A thing");
    assertThat(item.get("categories").get(0).asText()).isEqualTo("stuff");

    HttpResponse<String> none = http.get("/v1/items/nothing");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("no item with id 'nothing'");
    assertThat(http.get("/v1/users/nobody").statusCode()).isEqualTo(404);
    assertThat(
            http.send(
                    java.net.http.HttpRequest.newBuilder(http.uri("/v1/items/thing"))
                        .header("Authorization", "Bearer " + http.key)
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void usersAndItemsListPageByPage() throws Exception {
    twoClusters();
    List<String> items = new ArrayList<>();
    String path = "/v1/items?limit=7";
    while (path != null) {
      JsonNode page = http.getJson(path);
      assertThat(page.get("records").size()).isLessThanOrEqualTo(7);
      page.get("records").forEach(i -> items.add(i.get("id").asText()));
      path =
          page.get("next").isNull() ? null : "/v1/items?limit=7&after=" + page.get("next").asText();
    }
    assertThat(items).hasSize(24).doesNotHaveDuplicates().isSorted();
    JsonNode users = http.getJson("/v1/users?limit=1000");
    assertThat(users.get("records")).hasSize(20);
    assertThat(users.get("next").isNull()).isTrue();
    assertThat(http.getJson("/v1/users?after=b9").get("records")).isEmpty();
    assertThat(http.get("/v1/users?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void popularAndSessionsServeFromTheFirstBatch() throws Exception {
    twoClusters();
    // The first model trains 2 s after the batch; these answer either way (FirstModelTest pins
    // the answers before it).
    JsonNode popular = http.getJson("/v1/popular?k=3");
    assertThat(popular.get("items")).hasSize(3);
    assertThat(popular.get("items").get(0).get("reasons").get(0).get("type").asText())
        .isEqualTo("popular_with");
    HttpResponse<String> r = http.post("/v1/sessions/recommendations?k=4", "{\"items\":[\"A1\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode session = JSON.readTree(r.body());
    assertThat(session.get("source").asText()).isIn("popular", "model");
    assertThat(HttpFixture.items(session)).hasSize(4).doesNotContain("A1");
    assertThat(http.get("/v1/items/A1/neighbours").statusCode()).isIn(200, 503);
  }

  @Test
  void neighboursPopularAndSessionsComeFromTheModel() throws Exception {
    twoClusters();
    http.put("/v1/items/A5", "{\"title\":\"Red wool scarf\",\"categories\":[\"scarves\"]}");
    http.put("/v1/items/B7", "{\"title\":\"Blue wool scarf\",\"categories\":[\"scarves\"]}");
    retrain();

    JsonNode neighbours = http.getJson("/v1/items/A1/neighbours?k=4");
    assertThat(neighbours.get("items")).hasSize(4);
    assertThat(HttpFixture.items(neighbours)).allMatch(i -> i.startsWith("A")).doesNotContain("A1");
    assertThat(neighbours.get("items").get(0).get("reasons").get(0).get("type").asText())
        .isEqualTo("similar_to");
    assertThat(http.get("/v1/items/nothing/neighbours").statusCode()).isEqualTo(404);
    // An item no one bought yet: content neighbours by title and categories.
    http.put("/v1/items/N1", "{\"title\":\"Green wool scarf\",\"categories\":[\"scarves\"]}");
    assertThat(HttpFixture.items(http.getJson("/v1/items/N1/neighbours?k=2")))
        .containsExactlyInAnyOrder("A5", "B7");

    JsonNode popular = http.getJson("/v1/popular?k=5");
    assertThat(popular.get("items")).hasSize(5);
    double previous = 1;
    for (JsonNode i : popular.get("items")) {
      assertThat(i.get("score").asDouble()).isBetween(0.0, previous);
      previous = i.get("score").asDouble();
    }
    assertThat(HttpFixture.items(http.getJson("/v1/popular?category=scarves")))
        .containsExactlyInAnyOrder("A5", "B7");

    HttpResponse<String> r =
        http.post("/v1/sessions/recommendations?k=3", "{\"items\":[\"B2\",\"B3\",\"B4\"]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode session = JSON.readTree(r.body());
    assertThat(session.get("source").asText()).isEqualTo("model");
    assertThat(session.get("user").isNull()).isTrue();
    assertThat(session.get("items").get(0).get("item").asText()).startsWith("B");
    assertThat(HttpFixture.items(session)).doesNotContain("B2", "B3", "B4");

    assertThat(http.post("/v1/sessions/recommendations", "{\"items\":\"B2\"}").statusCode())
        .isEqualTo(400);
    assertThat(http.post("/v1/sessions/recommendations", "{\"items\":[\"\"]}").body())
        .contains("items[0]");
  }

  @Test
  void trendingCountsTheLastDaysAndLatestTheNewestItems() throws Exception {
    twoClusters(); // minutes 0..119 after T0
    List<String> recent = new ArrayList<>();
    for (int u = 0; u < 3; u++) {
      recent.add(event("late" + u, "b" + u, "B9", "purchase", 60 * 24 * 30 + u));
    }
    recent.add(event("late-view", "b5", "B8", "view", 60 * 24 * 30 + 9));
    recent.add(event("late-dislike", "b6", "B7", "dislike", 60 * 24 * 30 + 9));
    http.post("/v1/events", "[" + String.join(",", recent) + "]");
    http.put("/v1/items/B8", "{\"categories\":[\"hats\"],\"time\":\"2026-11-01T00:00:00Z\"}");
    http.put("/v1/items/A2", "{\"categories\":[\"hats\"],\"time\":\"2026-10-01T00:00:00Z\"}");
    http.put("/v1/items/A3", "{\"time\":\"2026-12-01T00:00:00Z\"}");

    JsonNode trending = http.getJson("/v1/trending?k=5&days=7");
    assertThat(trending.get("days").asInt()).isEqualTo(7);
    assertThat(HttpFixture.items(trending)).containsExactlyInAnyOrder("B9", "B8");
    assertThat(trending.get("items").get(0).get("item").asText()).isEqualTo("B9");
    assertThat(trending.get("items").get(0).get("reasons").get(0).get("text").asText())
        .isEqualTo("Trending: 3 interactions in the last 7 days");
    assertThat(HttpFixture.items(http.getJson("/v1/trending?category=hats"))).containsExactly("B8");
    assertThat(http.getJson("/v1/trending?days=60").get("items")).hasSize(10);

    JsonNode latest = http.getJson("/v1/latest");
    assertThat(latest.get("items")).hasSize(3);
    assertThat(latest.get("items").get(0).get("id").asText()).isEqualTo("A3");
    JsonNode hats = http.getJson("/v1/latest?category=hats");
    assertThat(hats.get("items")).hasSize(2);
    assertThat(hats.get("items").get(0).get("id").asText()).isEqualTo("B8");
  }

  @Test
  void eventsExportAsJsonLinesAndAsCsvThatImportsBack() throws Exception {
    twoClusters();
    http.post(
        "/v1/events",
        "{\"id\":\"r1\",\"user\":\"a1\",\"item\":\"A1\",\"type\":\"review\",\"time\":"
            + "\"2026-10-02T00:00:00Z\",\"value\":4,\"text\":\"Warm, \\\"soft\\\"\\nand red\","
            + "\"context\":{\"locale\":\"en\"}}");
    long events = http.store.stats().events();

    HttpResponse<String> jsonl = http.get("/v1/export/events");
    assertThat(jsonl.statusCode()).isEqualTo(200);
    assertThat(jsonl.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    String[] lines = jsonl.body().split("\n");
    assertThat(lines).hasSize((int) events);
    assertThat(JSON.readTree(lines[0]).has("type")).isTrue();

    HttpResponse<String> csv = http.get("/v1/export/events?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("id,user,item,type,time,value,text,device,channel,");
    Path file = dir.resolve("events.csv");
    Files.writeString(file, csv.body());
    for (String format : List.of("csv", "events")) {
      if (format.equals("events")) {
        Files.writeString(file, jsonl.body());
      }
      try (EventStore copy = EventStores.open(StoreConfig.sqlite(dir.resolve("copy-" + format)))) {
        ImportReport report =
            Importers.forFormat(ImportFormat.valueOf(format.toUpperCase()))
                .run(file, copy, ImportOptions.DEFAULTS.withStrict(true), ImportProgress.NONE);
        assertThat(report.imported()).as(format).isEqualTo(events);
        Event review = copy.eventsOfUser("a1", 1).get(0);
        assertThat(review.text()).isEqualTo("Warm, \"soft\"\nand red");
        assertThat(review.value()).isEqualTo(4.0);
        assertThat(review.context().locale()).isEqualTo("en");
      }
    }
    assertThat(http.get("/v1/export/events?format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void readingsExportPerUserAndExportNeedsAdmin() throws Exception {
    twoClusters();
    http.store.putReadings(
        List.of(
            UserReadings.pointMass(
                "a3",
                Modality.FACE,
                Instant.parse("2026-10-03T00:00:00Z"),
                Emotion.JOY,
                PolarityScores.normalised(0, 0, 1),
                null)));
    String[] lines = http.get("/v1/export/readings").body().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode reading = JSON.readTree(lines[0]);
    assertThat(reading.get("user").asText()).isEqualTo("a3");
    assertThat(reading.get("top").asText()).isEqualTo("joy");
    assertThat(reading.get("modality").asText()).isEqualTo("face");
    String csv = http.get("/v1/export/readings?format=csv").body();
    assertThat(csv.lines().toList()).hasSize(2);
    assertThat(csv).startsWith("user,modality,time,model,sourceEvent,top,").contains(",joy,");

    http.key = http.server.keys().create(Role.READ, "analyst").key();
    assertThat(http.get("/v1/export/events").statusCode()).isEqualTo(403);
    assertThat(http.get("/v1/export/readings").statusCode()).isEqualTo(403);
    assertThat(http.get("/v1/popular").statusCode()).isEqualTo(200);
    assertThat(http.get("/v1/items/A1").statusCode()).isEqualTo(200);
  }
}
