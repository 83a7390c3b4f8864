package dev.affectrec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.server.AffectRecServer;
import dev.affectrec.server.ServerConfig;
import dev.affectrec.serving.access.Role;
import dev.affectrec.serving.access.SecurityConfig;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.jdbc.EventStores;
import dev.affectrec.store.jdbc.StoreConfig;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analytics pages (alerts, trends, at-risk users, aspects) in a real headless Chromium against
 * a real server over a SQLite store of {@link AnalyticsData}. Each page is compared with the REST
 * answer it renders, its emotion colours with the dashboard's one colour map, and every table with
 * its CSV download. One browser serves every test, in order; screenshots go to {@code
 * target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsBrowserTest {
  @TempDir static Path dir;

  private static EventStore store;
  private static AffectRecServer server;
  private static ChromeDriver browser;
  private static Path profile;
  private static String key;
  private static WebDriverWait wait;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    if (!Browser.present()) {
      return; // each test is skipped (or failed under CI) by needsTheBrowser
    }
    profile = Files.createDirectories(dir.resolve("chromium-profile"));
    browser = Browser.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    store = EventStores.open(StoreConfig.sqlite(dir.resolve("data")));
    AnalyticsData.load(store);
    server = AffectRecServer.start(ServerConfig.loopback(0), SecurityConfig.DEFAULTS, store);
    key = server.keys().create(Role.READ, "analytics browser test").key();
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

  private static List<WebElement> all(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                    .header("Authorization", "Bearer " + key)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The CSV behind the download link of table {@code testid}: header and rows. */
  private static List<CSVRecord> csv(String testid) throws Exception {
    String href = visible(testid + "-csv").getDomAttribute("href");
    String prefix = "data:text/csv;charset=utf-8,";
    assertThat(href).startsWith(prefix);
    assertThat(visible(testid + "-csv").getDomAttribute("download")).endsWith(".csv");
    return parse(URLDecoder.decode(href.substring(prefix.length()), StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> parse(String text) throws Exception {
    assertThat(text).startsWith("\uFEFF");
    try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      return parser.getRecords();
    }
  }

  /** The table's rows as the browser shows them: one list of cell texts per row. */
  private static List<List<String>> cells(String testid) {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : all("[data-testid='" + testid + "-row']")) {
      rows.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
    }
    return rows;
  }

  /**
   * Checks that the CSV of {@code testid} is the table shown: same header, same number of rows,
   * each cell's text containing the CSV value (cells may add a chip, a meter or a title).
   */
  private static List<Map<String, String>> csvMatchesTable(String testid) throws Exception {
    List<CSVRecord> records = csv(testid);
    List<String> header =
        all("[data-testid='" + testid + "'] th").stream().map(WebElement::getText).toList();
    assertThat(records.get(0).toList()).as(testid + " header").isEqualTo(header);
    List<List<String>> shown = cells(testid);
    assertThat(records).as(testid + " rows").hasSize(shown.size() + 1);
    for (int r = 0; r < shown.size(); r++) {
      for (int c = 0; c < header.size(); c++) {
        assertThat(shown.get(r).get(c))
            .as(testid + " row " + r + " column " + header.get(c))
            .containsIgnoringCase(records.get(r + 1).get(c));
      }
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), record.get(c));
      }
      out.add(row);
    }
    return out;
  }

  /** The dashboard's colour per emotion, from its one colour map (charts.js). */
  @SuppressWarnings("unchecked")
  private static Map<String, String> colours() {
    return (Map<String, String>)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import('/dashboard/charts.js').then((m) => done(m.EMOTION_COLOURS));");
  }

  private static String fill(WebElement chip) {
    return chip.findElement(By.cssSelector("svg.swatch circle")).getDomAttribute("fill");
  }

  @Test
  @Order(1)
  void alertsListTheSouredItemFirstWithItsEvidenceAndDownloadAsCsv() throws Exception {
    browser.get(url("#/alerts"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key"))).sendKeys(key);
    browser.findElement(By.id("connect")).click();
    visible("alerts-view");

    JsonNode alerts = api("/v1/analytics/alerts").get("alerts");
    assertThat(alerts).isNotEmpty();
    List<WebElement> shown = all("[data-testid='alert']");
    assertThat(shown).hasSize(alerts.size());
    for (int i = 0; i < alerts.size(); i++) {
      assertThat(shown.get(i).getDomAttribute("data-id"))
          .isEqualTo(alerts.get(i).get("id").asText());
    }
    WebElement first = shown.get(0);
    JsonNode evidence = alerts.get(0).get("evidence");
    assertThat(first.getDomAttribute("data-scope")).isEqualTo("item");
    assertThat(first.getDomAttribute("data-id")).isEqualTo(AnalyticsData.SOURED);
    assertThat(first.getText()).contains("Night serum");
    assertThat(first.findElement(By.cssSelector("[data-testid='after']")).getText())
        .startsWith(
            evidence.at("/after/negative").asInt()
                + " / "
                + evidence.at("/after/readings").asInt());
    assertThat(first.findElement(By.cssSelector("[data-testid='before']")).getText())
        .startsWith(
            evidence.at("/before/negative").asInt()
                + " / "
                + evidence.at("/before/readings").asInt());
    assertThat(evidence.at("/after/negative").asInt())
        .isEqualTo(AnalyticsData.ANGRY_DAYS * AnalyticsData.ANGRY_PER_DAY);
    List<WebElement> examples = first.findElements(By.cssSelector("[data-testid='alert-example']"));
    assertThat(examples).hasSize(evidence.get("examples").size()).isNotEmpty();
    for (int i = 0; i < examples.size(); i++) {
      assertThat(examples.get(i).getText())
          .contains(evidence.get("examples").get(i).get("text").asText());
    }

    // The same colour per emotion as every other view.
    Map<String, String> colours = colours();
    assertThat(colours).containsKeys("anger", "disgust", "joy");
    WebElement chip = first.findElement(By.cssSelector(".alert-head .chip"));
    String emotion = alerts.get(0).get("emotion").asText();
    assertThat(chip.getDomAttribute("data-emotion")).isEqualTo(emotion);
    assertThat(fill(chip)).isEqualTo(colours.get(emotion));
    for (WebElement share : first.findElements(By.cssSelector("svg.share-bar rect.share"))) {
      assertThat(share.getDomAttribute("fill"))
          .isEqualTo(colours.get(share.getDomAttribute("data-key")));
    }

    List<Map<String, String>> rows = csvMatchesTable("alerts-table");
    for (int i = 0; i < alerts.size(); i++) {
      JsonNode a = alerts.get(i);
      assertThat(rows.get(i).get("id")).isEqualTo(a.get("id").asText());
      assertThat(Double.parseDouble(rows.get(i).get("severity")))
          .isEqualTo(a.get("severity").asDouble());
      assertThat(Integer.parseInt(rows.get(i).get("afterNegative")))
          .isEqualTo(a.at("/evidence/after/negative").asInt());
    }
    List<Map<String, String>> exampleRows = csvMatchesTable("alert-examples-table");
    assertThat(exampleRows.get(0).get("text")).isEqualTo(evidence.at("/examples/0/text").asText());
    Browser.screenshot(browser, "analytics-alerts");

    // A real download: the file the browser saves is the CSV of the link.
    String href = visible("alerts-table-csv").getDomAttribute("href");
    visible("alerts-table-csv").click();
    Path saved = Browser.downloads(profile).resolve("alerts.csv");
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> Files.isRegularFile(saved));
    assertThat(parse(Files.readString(saved, StandardCharsets.UTF_8)))
        .map(CSVRecord::toList)
        .isEqualTo(
            parse(URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8))
                .stream()
                .map(CSVRecord::toList)
                .toList());

    // From the alert to what the complaints are about.
    first.findElement(By.cssSelector("[data-testid='alert-aspects']")).click();
    visible("aspects-view");
    assertThat(browser.getCurrentUrl()).endsWith("#/aspects/" + AnalyticsData.SOURED);
  }

  @Test
  @Order(2)
  void aspectsOfTheItemAreItsTableMostComplainedAboutFirst() throws Exception {
    browser.get(url("#/aspects/" + AnalyticsData.SOURED));
    visible("aspects-view");
    JsonNode aspects = api("/v1/analytics/aspects?item=" + AnalyticsData.SOURED).get("aspects");
    assertThat(aspects).isNotEmpty();
    assertThat(visible("aspects-item").getText()).startsWith("Night serum");
    List<Map<String, String>> rows = csvMatchesTable("aspects-table");
    assertThat(rows).hasSize(aspects.size());
    for (int i = 0; i < aspects.size(); i++) {
      assertThat(rows.get(i).get("aspect")).isEqualTo(aspects.get(i).get("aspect").asText());
      assertThat(Integer.parseInt(rows.get(i).get("negative")))
          .isEqualTo(aspects.get(i).get("negative").asInt());
    }
    // The angry reviews complain about the smell and the leaking bottle.
    assertThat(rows).extracting(r -> r.get("aspect")).contains("smell", "bottle");
    Browser.screenshot(browser, "analytics-aspects");
  }

  @Test
  @Order(3)
  void trendsDrawTheMixAndValenceAndTheSelectorsChangeScopeAndBucket() throws Exception {
    browser.get(url("#/trends"));
    visible("trends-view");
    JsonNode all = api("/v1/analytics/trends?scope=all&bucket=week").get("points");
    List<Map<String, String>> rows = csvMatchesTable("trend-table");
    assertThat(rows).hasSize(all.size());
    int read = 0;
    for (int i = 0; i < all.size(); i++) {
      assertThat(rows.get(i).get("start")).isEqualTo(all.get(i).get("start").asText());
      assertThat(Integer.parseInt(rows.get(i).get("readings")))
          .isEqualTo(all.get(i).get("readings").asInt());
      read += all.get(i).get("readings").asInt() > 0 ? 1 : 0;
    }
    assertThat(all("[data-testid='trend-valence'] circle.point")).hasSize(read);
    Map<String, String> colours = colours();
    List<WebElement> areas = all("[data-testid='trend-mix'] path.area");
    assertThat(areas).extracting(a -> a.getDomAttribute("data-series")).contains("joy", "anger");
    for (WebElement area : areas) {
      assertThat(area.getDomAttribute("fill"))
          .isEqualTo(colours.get(area.getDomAttribute("data-series")));
    }
    Browser.screenshot(browser, "analytics-trends");

    new Select(browser.findElement(By.id("scope"))).selectByValue("item");
    browser.findElement(By.id("id")).sendKeys(AnalyticsData.SOURED);
    new Select(browser.findElement(By.id("bucket"))).selectByValue("day");
    browser.findElement(By.id("trends-show")).click();
    wait.until(ExpectedConditions.urlContains("scope=item"));
    visible("trends-view");
    JsonNode daily =
        api("/v1/analytics/trends?scope=item&id=" + AnalyticsData.SOURED + "&bucket=day")
            .get("points");
    assertThat(daily).hasSize(AnalyticsData.DAYS);
    List<Map<String, String>> dayRows = csvMatchesTable("trend-table");
    assertThat(dayRows).hasSize(AnalyticsData.DAYS);
    Map<String, String> last = dayRows.get(dayRows.size() - 1);
    JsonNode lastPoint = daily.get(daily.size() - 1);
    assertThat(Double.parseDouble(last.get("negativeShare")))
        .isEqualTo(lastPoint.get("negativeShare").asDouble())
        .isGreaterThan(0.5);
    assertThat(Double.parseDouble(last.get("valence")))
        .isEqualTo(lastPoint.get("valence").asDouble());
    assertThat(visible("trend-mix").getText()).contains("item serum").contains("per day");
  }

  @Test
  @Order(4)
  void atRiskUsersAreTheRankedTableOfTheApi() throws Exception {
    browser.get(url("#/at-risk"));
    visible("at-risk-view");
    JsonNode users = api("/v1/analytics/at-risk?limit=20").get("users");
    assertThat(users).isNotEmpty();
    List<Map<String, String>> rows = csvMatchesTable("at-risk-table");
    assertThat(rows).hasSize(users.size());
    for (int i = 0; i < users.size(); i++) {
      assertThat(rows.get(i).get("user")).isEqualTo(users.get(i).get("user").asText());
      assertThat(Double.parseDouble(rows.get(i).get("risk")))
          .isEqualTo(users.get(i).get("risk").asDouble());
    }
    Browser.screenshot(browser, "analytics-at-risk");
  }

  @Test
  @Order(5)
  void theNavigationLinksTheAnalyticsPages() {
    browser.get(url("#/overview"));
    List<String> tabs = all(".tabs a").stream().map(a -> a.getDomAttribute("href")).toList();
    assertThat(tabs).contains("#/trends", "#/alerts", "#/at-risk", "#/aspects");
    browser.findElement(By.cssSelector(".tabs a[data-view='alerts']")).click();
    visible("alerts-view");
    assertThat(
            browser
                .findElement(By.cssSelector(".tabs a[data-view='alerts']"))
                .getDomAttribute("class"))
        .contains("active");
  }
}
