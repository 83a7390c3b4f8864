package dev.affectrec.analytics.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.affectrec.analytics.AnalyticsViews;
import dev.affectrec.api.InputException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Posts alerts as {@code {"alerts":[...]}} ({@link AnalyticsViews#alerts}) to an http(s) URL, with
 * {@code Content-Type: application/json}. Nothing is posted when there is no alert. Errors name the
 * receiver by scheme, host and port only ({@link #target()}), never by its path or query, which
 * often carry a secret token. Used by {@code affectrec analyze alerts --webhook} and by the
 * server's periodic alert check. Thread-safe.
 */
public final class AlertWebhook {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * A webhook posting to {@code url}.
   *
   * @throws InputException when it is not an absolute http or https URL
   */
  public AlertWebhook(String url) {
    URI parsed;
    try {
      parsed = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new InputException("webhook URL '" + url + "' is not a URL: " + e.getMessage(), e);
    }
    if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())
        || parsed.getHost() == null) {
      throw new InputException(
          "webhook URL must be an absolute http:// or https:// URL but was '" + url + "'");
    }
    this.url = parsed;
  }

  /** A failed post: the receiver's HTTP status, or 0 when no answer came. */
  public static final class WebhookException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, 0 when the request failed before an answer. */
    private final int status;

    WebhookException(String message, int status, Throwable cause) {
      super(message, cause);
      this.status = status;
    }

    /** The receiver's HTTP status, or 0 when no answer came (refused, timed out). */
    public int status() {
      return status;
    }
  }

  /** The receiver as {@code scheme://host:port}, safe to log (no path, query or user info). */
  public String target() {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  /**
   * Posts {@code alerts} unless there are none.
   *
   * @return whether a request was sent
   * @throws WebhookException when the request fails or the receiver answers other than 2xx
   */
  public boolean post(List<Alert> alerts) throws WebhookException {
    if (alerts.isEmpty()) {
      return false;
    }
    byte[] body;
    try {
      body = new ObjectMapper().writeValueAsBytes(AnalyticsViews.alerts(alerts));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("alerts could not be written as JSON", e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebhookException("interrupted while posting alerts to " + target(), 0, e);
    } catch (IOException e) {
      throw new WebhookException(
          "webhook " + target() + " could not be reached: " + e.getClass().getSimpleName(), 0, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new WebhookException(
          "webhook " + target() + " answered " + response.statusCode(),
          response.statusCode(),
          null);
    }
    return true;
  }
}
