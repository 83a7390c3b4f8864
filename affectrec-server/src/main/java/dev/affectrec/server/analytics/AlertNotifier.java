package dev.affectrec.server.analytics;

import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.analytics.alert.Alert;
import dev.affectrec.analytics.alert.AlertOptions;
import dev.affectrec.analytics.alert.AlertWebhook;
import dev.affectrec.analytics.alert.Alerts;
import dev.affectrec.store.EventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's alert webhook: every {@code every} it detects the alerts of the store ({@link
 * Alerts#detect} with the default options, as {@code GET /v1/analytics/alerts}) and POSTs those not
 * posted yet to an {@link AlertWebhook}, on its own daemon thread, so requests never wait for it.
 *
 * <p><b>Once per alert.</b> An alert is known by its scope and id. It is posted when it first
 * appears and not again while later checks still flag it; once a check no longer flags it, it is
 * forgotten, so a later new spike of the same item is posted again. What was posted is kept in
 * memory: after a restart the alerts standing at that time are posted once more.
 *
 * <p><b>Retries.</b> A failed post (no answer, or not 2xx) is retried up to {@value #ATTEMPTS}
 * attempts in all, waiting {@code firstBackoff}, then twice that, and so on; each failure is logged
 * with the receiver's host and the status (never the URL's path, which may hold a token). When
 * every attempt fails the alerts stay unposted and the next check tries them again. Thread-safe.
 */
public final class AlertNotifier implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(AlertNotifier.class);

  /** Attempts per post, the first included. */
  public static final int ATTEMPTS = 4;

  /** The default pause before the first retry; it doubles with each further one. */
  public static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);

  private final EventStore store;
  private final AlertWebhook webhook;
  private final Duration firstBackoff;
  private final Set<String> posted = new HashSet<>();
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "affectrec-alert-webhook");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * A notifier of {@code store}'s alerts to {@code webhook}; nothing runs before {@link #start}.
   *
   * @param firstBackoff the pause before the first retry, positive
   */
  public AlertNotifier(EventStore store, AlertWebhook webhook, Duration firstBackoff) {
    this.store = Objects.requireNonNull(store, "store is required");
    this.webhook = Objects.requireNonNull(webhook, "webhook is required");
    this.firstBackoff = positive(firstBackoff, "firstBackoff");
  }

  /** Checks every {@code every} (positive), the first time one period after this call. */
  public void start(Duration every) {
    positive(every, "every");
    LOG.info("posting new alerts to {} every {}", webhook.target(), every);
    executor.scheduleWithFixedDelay(
        this::checkLogged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void checkLogged() {
    try {
      check();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("the alert check failed and runs again next period", e);
    }
  }

  /**
   * One check: detects the alerts and posts the new ones (with retries).
   *
   * @return the alerts posted, empty when there was nothing new or every attempt failed
   * @throws InterruptedException when interrupted while waiting to retry
   */
  public synchronized List<Alert> check() throws InterruptedException {
    List<Alert> alerts = Alerts.detect(ReviewLog.of(store), AlertOptions.DEFAULTS);
    Set<String> standing = new HashSet<>();
    List<Alert> fresh = new ArrayList<>();
    for (Alert alert : alerts) {
      String key = key(alert);
      standing.add(key);
      if (!posted.contains(key)) {
        fresh.add(alert);
      }
    }
    posted.retainAll(standing);
    if (fresh.isEmpty()) {
      return List.of();
    }
    Duration pause = firstBackoff;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        webhook.post(fresh);
        fresh.forEach(a -> posted.add(key(a)));
        LOG.info("posted {} new alerts to {}", fresh.size(), webhook.target());
        return List.copyOf(fresh);
      } catch (AlertWebhook.WebhookException e) {
        boolean last = attempt == ATTEMPTS;
        LOG.warn(
            "alert webhook failed: host {} status {} ({}), attempt {} of {}; {}",
            webhook.target(),
            e.status() == 0 ? "none" : e.status(),
            e.getMessage(),
            attempt,
            ATTEMPTS,
            last ? "trying again at the next check" : "retrying in " + pause.toMillis() + " ms");
        if (!last) {
          Thread.sleep(pause.toMillis());
          pause = pause.multipliedBy(2);
        }
      }
    }
    return List.of();
  }

  private static Duration positive(Duration value, String field) {
    Objects.requireNonNull(value, field + " is required");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
    return value;
  }

  private static String key(Alert alert) {
    return alert.scope().wireName() + ":" + (alert.id() == null ? "" : alert.id());
  }

  /** Stops checking; a check under way is interrupted. Idempotent. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
