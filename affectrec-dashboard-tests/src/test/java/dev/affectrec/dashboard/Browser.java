package dev.affectrec.dashboard;

import dev.affectrec.testkit.Prerequisite;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, started
 * with explicit binary and driver paths so Selenium Manager never looks for or downloads anything.
 * When the binaries are absent the calling test is skipped, except with {@code CI=true}, where it
 * fails.
 */
final class Browser {
  private Browser() {}

  private static Path chromium() {
    return Path.of(System.getProperty("affectrec.chromium", "/usr/bin/chromium"));
  }

  private static Path driver() {
    return Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  }

  /** Whether both binaries exist. */
  static boolean present() {
    return Files.isExecutable(chromium()) && Files.isExecutable(driver());
  }

  /**
   * Returns when both binaries exist; otherwise skips the calling test, or fails it under {@code
   * CI=true} (the testkit's {@link Prerequisite} rule).
   */
  static void require() {
    Prerequisite.require(
        present(),
        "headless Chromium for the dashboard browser tests: "
            + chromium()
            + " and "
            + driver()
            + " (Debian: apt-get install -y chromium chromium-driver)");
  }

  /**
   * A fresh headless browser with its own profile under {@code profile}, 1400x2400 pixels; files it
   * downloads go to {@link #downloads(Path) downloads(profile)} without asking.
   */
  static ChromeDriver start(Path profile) {
    Path chromium = chromium();
    Path driver = driver();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        "--window-size=1400,2400",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads(profile).toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return browser;
  }

  /**
   * The element {@code [data-testid=testId]} once visible; otherwise a screenshot {@code
   * failed-testId} and an assertion error quoting what the page shows.
   */
  static org.openqa.selenium.WebElement visible(
      ChromeDriver browser, org.openqa.selenium.support.ui.WebDriverWait wait, String testId) {
    try {
      return wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
              org.openqa.selenium.By.cssSelector("[data-testid='" + testId + "']")));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot(browser, "failed-" + testId);
      throw new AssertionError(
          "the page never showed [data-testid='"
              + testId
              + "']; it shows: "
              + browser.findElement(org.openqa.selenium.By.tagName("body")).getText(),
          e);
    }
  }

  /** Quits the browser, then closes the others in order; nulls (never started) are skipped. */
  static void quit(ChromeDriver browser, AutoCloseable... others) throws Exception {
    if (browser != null) {
      browser.quit();
    }
    for (AutoCloseable other : others) {
      if (other != null) {
        other.close();
      }
    }
  }

  /** Where the browser started with {@code profile} saves downloads. */
  static Path downloads(Path profile) {
    return profile.resolve("downloads");
  }

  /**
   * Saves a PNG of the window to {@code affectrec.screenshots.dir} (default target/screenshots).
   */
  static Path screenshot(ChromeDriver browser, String name) {
    Path dir = Path.of(System.getProperty("affectrec.screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      File png = browser.getScreenshotAs(OutputType.FILE);
      Path target = dir.resolve(name + ".png");
      Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
