package dev.affectrec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.fusion.FusionResult;
import dev.affectrec.fusion.LateFusion;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.serving.ModelDirectory;
import dev.affectrec.serving.ModelManifest;
import dev.affectrec.serving.ServingOptions;
import dev.affectrec.serving.access.Role;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.serving.behaviour.BehaviourModels;
import dev.affectrec.store.DailyEventCount;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.StoreStats;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium against a real server over a real SQLite store holding
 * a small demo shop and emotion readings. One browser serves every test (in order) to keep the
 * module under a minute; screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  @TempDir static Path dir;

  private static EventStore store;
  private static AffectRecServer server;
  private static ChromeDriver browser;
  private static DemoData data;
  private static String key;
  private static WebDriverWait wait;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    if (!Browser.present()) {
      return; // each test is skipped (or failed under CI) by needsTheBrowser
    }
    browser = Browser.start(Files.createDirectories(dir.resolve("chromium-profile")));
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
    data = DemoData.load(store, Instant.now());
    server =
        AffectRecServer.start(
            ServerConfig.loopback(0),
            SecurityConfig.DEFAULTS,
            store,
            new ModelDirectory(dir.resolve("models")),
            ServingOptions.DEFAULTS.withRetrainInterval(Duration.ZERO));
    server.recommendations().orElseThrow().retrainAsync().get();
    key = server.keys().create(Role.READ, "dashboard browser test").key();
  }

  @BeforeEach
  void needsTheBrowser() {
    Browser.require();
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.quit(browser, server, store);
  }

  private static String url(String fragment) {
    return server.baseUri() + "/dashboard" + fragment;
  }

  private static WebElement visible(String testId) {
    return Browser.visible(browser, wait, testId);
  }

  private static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  /** A GET with the test key, to see whether endpoints of other issues exist yet. */
  private static HttpResponse<String> apiGet(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + key)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void aRefusedKeyIsAskedForAgainAndTheOverviewShowsTheStoreCounts() throws Exception {
    browser.get(url(""));
    WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
    input.sendKeys("not-a-real-key");
    browser.findElement(By.id("connect")).click();
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-error")));
    assertThat(error.getText()).contains("401");
    assertThat(browser.getCurrentUrl()).doesNotContain("not-a-real-key");
    Browser.screenshot(browser, "key-refused");

    browser.findElement(By.id("api-key")).sendKeys(key);
    browser.findElement(By.id("connect")).click();
    visible("overview");
    assertThat(browser.getCurrentUrl()).doesNotContain(key);

    StoreStats stats = store.stats();
    assertThat(visible("stat-users").getText()).startsWith(count(stats.users()));
    assertThat(visible("stat-items").getText()).startsWith(count(stats.items()));
    assertThat(visible("stat-events").getText()).startsWith(count(stats.events()));
    // Training read the demo's review texts that had no reading yet, so there are more now.
    long readings = JSON.readTree(apiGet("/v1/summary?days=30").body()).get("readings").asLong();
    assertThat(readings).isGreaterThan(data.readings);
    assertThat(visible("stat-readings").getText()).startsWith(count(readings));

    List<WebElement> bars =
        browser.findElements(By.cssSelector("[data-testid='event-volume'] svg g.bar"));
    assertThat(bars).hasSize(30);
    Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
    long inWindow =
        store.eventsPerDay(tomorrow.minus(30, ChronoUnit.DAYS), tomorrow).stream()
            .mapToLong(DailyEventCount::count)
            .sum();
    long drawn =
        bars.stream().mapToLong(bar -> Long.parseLong(bar.getDomAttribute("data-total"))).sum();
    assertThat(drawn).isEqualTo(inWindow).isEqualTo(stats.events());
    assertThat(browser.findElements(By.cssSelector("[data-testid='events-by-type'] path.slice")))
        .hasSize(stats.eventsByType().size());
    assertThat(browser.findElements(By.cssSelector("[data-testid='mix-row']")))
        .extracting(row -> row.getDomAttribute("data-modality"))
        .containsExactlyInAnyOrder("text", "face", "behaviour");

    ModelManifest model = server.recommendations().orElseThrow().manifest().orElseThrow();
    assertThat(visible("model-metrics").getText())
        .contains(model.version())
        .contains("NDCG@10")
        .contains("HR@10")
        .contains(String.format(Locale.US, "%.3f", model.metrics().get("hybrid.ndcg@10")))
        .contains("happy NDCG@10")
        .contains("happy HR@10")
        .contains("unhappy per 1,000 recommended")
        .contains(String.format(Locale.US, "%.3f", model.metrics().get("hybrid.happy-ndcg@10")))
        .contains(
            String.format(Locale.US, "%.1f", model.metrics().get("hybrid.unhappy-per-1k@10")));
    // Five groups (NDCG, HR, happy NDCG, happy HR, unhappy exposure) of three rankings each.
    assertThat(browser.findElements(By.cssSelector("[data-testid='metric-bar']"))).hasSize(15);
    assertThat(visible("bandit").getText()).contains("No recommendation served by the bandit yet");
    Browser.screenshot(browser, "overview");
  }

  @Test
  @Order(2)
  void theUserViewShowsTheFusedStateEachContributionAndTheTimeline() throws Exception {
    browser.get(url("#/user"));
    WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-id")));
    input.sendKeys(data.user);
    browser.findElement(By.id("user-show")).click();
    visible("user-view");

    FusionResult expected =
        LateFusion.fuse(data.user, data.userReadings, Instant.now(), BehaviourModels.fusion());
    WebElement top = visible("fused-top").findElement(By.cssSelector(".chip"));
    assertThat(top.getDomAttribute("data-emotion"))
        .isEqualTo(expected.state().emotions().top().wireName());

    List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid='contribution']"));
    Map<String, String> weights =
        rows.stream()
            .collect(
                Collectors.toMap(
                    row -> row.getDomAttribute("data-modality"),
                    row -> row.findElement(By.cssSelector("[data-testid='weight']")).getText()));
    assertThat(weights).containsOnlyKeys("text", "face", "behaviour");
    expected
        .state()
        .contributions()
        .forEach(
            c ->
                assertThat(weights.get(c.modality().wireName()))
                    .matches("weight \\d+%")
                    .isEqualTo("weight " + Math.round(c.weight() * 100) + "%"));
    assertThat(visible("disagreement").getText()).contains("disagreement");
    assertThat(visible("valence-conflict").getText()).contains("disagree");

    Map<Modality, Long> perModality =
        data.userReadings.stream()
            .collect(Collectors.groupingBy(EmotionReading::modality, Collectors.counting()));
    for (Map.Entry<Modality, Long> entry : perModality.entrySet()) {
      assertThat(
              browser.findElements(
                  By.cssSelector(
                      "[data-testid='timeline'] g.series[data-series='"
                          + entry.getKey().wireName()
                          + "'] circle.point")))
          .as(entry.getKey().wireName())
          .hasSize(entry.getValue().intValue());
    }
    long distinctTimes = data.userReadings.stream().map(EmotionReading::time).distinct().count();
    assertThat(
            browser.findElements(
                By.cssSelector("[data-testid='timeline'] g.series[data-series='fused'] circle")))
        .hasSize((int) distinctTimes);
    assertThat(browser.findElements(By.cssSelector("[data-testid='fused-area'] path.area")))
        .isNotEmpty();

    int events = store.eventsOfUser(data.user, 20).size();
    assertThat(browser.findElements(By.cssSelector("[data-testid='event-row']"))).hasSize(events);

    Map<String, String> titles = titles();
    for (WebElement row : browser.findElements(By.cssSelector("[data-testid='event-row']"))) {
      for (WebElement link : row.findElements(By.cssSelector("[data-testid='item-link']"))) {
        assertThat(link.getText()).startsWith(titles.get(link.getDomAttribute("data-item")));
      }
    }
    assertThat(browser.findElements(By.cssSelector("[data-testid='event-row'] a.item-link")))
        .isNotEmpty();

    List<WebElement> recs = browser.findElements(By.cssSelector("[data-testid='recommendation']"));
    assertThat(recs).hasSize(10);
    // Titles, not only ids: each recommendation names its item by the catalogue's title.
    assertThat(recs)
        .allSatisfy(
            r -> {
              WebElement link = r.findElement(By.cssSelector("[data-testid='item-link']"));
              String item = link.getDomAttribute("data-item");
              assertThat(titles).containsKey(item);
              assertThat(link.getText()).startsWith(titles.get(item)).contains(item);
            });
    assertThat(recs)
        .allSatisfy(r -> assertThat(r.findElements(By.cssSelector("ul.reasons li"))).isNotEmpty());
    assertThat(visible("recommendations").getText())
        .contains("Recommendations with explanations")
        .contains("chosen by the bandit");
    // The page's request was the bandit's first choice: the overview now shows it.
    browser.get(url(""));
    assertThat(visible("bandit").findElements(By.cssSelector("[data-testid='bandit-row']")))
        .hasSize(1);
    Browser.screenshot(browser, "user");
  }

  @Test
  @Order(3)
  void anUnknownUserIsAClearMessage() {
    browser.get(url("#/user/nobody-here"));
    assertThat(visible("user-not-found").getText()).isEqualTo("No user with id 'nobody-here'.");
  }

  @Test
  @Order(4)
  void theItemViewShowsTitleProfileWithPolarityCountsTrendAndNeighbours() throws Exception {
    String item = data.profiledItem;
    browser.get(url("#/item/" + item));
    JsonNode profile = JSON.readTree(apiGet("/v1/items/" + item + "/emotion").body());
    assertThat(visible("item-title").getText()).isEqualTo(titles().get(item));
    assertThat(visible("item-profile").getText())
        .contains("Item emotional profile")
        .contains(profile.get("readings").asText() + " readings");
    assertThat(browser.findElements(By.cssSelector("[data-testid='item-profile'] svg")))
        .isNotEmpty();

    // The demo's review readings: older ones sad (negative), recent ones joyful (positive).
    assertThat(profile.get("polarity").get("positive").asInt())
        .isGreaterThanOrEqualTo(DemoData.ITEM_RECENT_READINGS);
    assertThat(profile.get("polarity").get("negative").asInt())
        .isGreaterThanOrEqualTo(DemoData.ITEM_OLDER_READINGS);
    for (String polarity : List.of("positive", "neutral", "negative")) {
      assertThat(visible("polarity-" + polarity).getText())
          .as(polarity)
          .isEqualTo(
              profile.get("polarity").get(polarity).asText() + "\n" + polarity + " readings");
    }
    WebElement trend = visible("item-trend");
    assertThat(profile.get("trend").get("direction").asText()).isEqualTo("rising");
    assertThat(trend.getDomAttribute("data-direction")).isEqualTo("rising");
    assertThat(trend.getText())
        .contains("rising")
        .contains("(" + profile.get("trend").get("recentReadings").asInt() + " readings)")
        .contains("(" + profile.get("trend").get("olderReadings").asInt() + " readings)");

    JsonNode neighbours = JSON.readTree(apiGet("/v1/items/" + item + "/neighbours?k=10").body());
    List<WebElement> shown = browser.findElements(By.cssSelector("[data-testid='neighbour']"));
    assertThat(neighbours.get("items")).isNotEmpty();
    assertThat(shown).hasSize(neighbours.get("items").size());
    for (int n = 0; n < shown.size(); n++) {
      String neighbour = neighbours.get("items").get(n).get("item").asText();
      assertThat(shown.get(n).getDomAttribute("data-item")).isEqualTo(neighbour);
      assertThat(shown.get(n).getText()).startsWith(titles().get(neighbour));
    }
    Browser.screenshot(browser, "item");

    // A neighbour's link opens its own item view.
    String first = neighbours.get("items").get(0).get("item").asText();
    shown.get(0).findElement(By.cssSelector("[data-testid='item-link']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("[data-testid='item-title']"), titles().get(first)));
  }

  @Test
  @Order(4)
  void anUnknownItemIsAClearMessage() {
    browser.get(url("#/item/no-such-item"));
    assertThat(visible("item-not-found").getText()).isEqualTo("No item with id 'no-such-item'.");
  }

  /** The demo catalogue's titles by item id. */
  private static Map<String, String> titles() {
    return data.shop.items().stream().collect(Collectors.toMap(i -> i.id(), i -> i.title()));
  }

  @Test
  @Order(5)
  void changingTheKeyForgetsItAndAsksAgain() {
    browser.get(url(""));
    visible("overview");
    browser.findElement(By.id("change-key")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
    Object stored = browser.executeScript("return sessionStorage.getItem('affectrec.apiKey');");
    assertThat(stored).isNull();
  }
}
