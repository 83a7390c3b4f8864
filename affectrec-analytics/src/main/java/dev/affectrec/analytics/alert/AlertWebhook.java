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
 * {@code Content-Type: application/json}. Nothing is posted when there is no alert. Thread-safe.
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

  /**
   * Posts {@code alerts} unless there are none.
   *
   * @return whether a request was sent
   * @throws IOException when the request fails or the receiver answers other than 2xx
   */
  public boolean post(List<Alert> alerts) throws IOException {
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
      throw new IOException("interrupted while posting alerts to " + url, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook " + url + " answered " + response.statusCode());
    }
    return true;
  }
}
