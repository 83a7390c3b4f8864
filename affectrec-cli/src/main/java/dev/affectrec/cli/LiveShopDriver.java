package dev.affectrec.cli;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventContext;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.demo.LiveShop;
import dev.affectrec.serving.ModelUnavailableException;
import dev.affectrec.serving.NoSuchUserException;
import dev.affectrec.serving.RecommendationService;
import dev.affectrec.serving.ServedRecommendation;
import dev.affectrec.serving.ingest.IngestService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the demo shop alive behind a running server: every interval one shopper's session goes
 * through the ingest path (so readings, fold-in and popularity update as in production), then the
 * shopper is shown five recommendations (the bandit picks the policy) and clicks the ones that
 * appeal to them in their current mood, which teaches the bandit. Owns one daemon thread.
 */
final class LiveShopDriver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveShopDriver.class);

  private final LiveShop shop;
  private final IngestService ingest;
  private final RecommendationService recommendations;
  private final SplittableRandom random;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "affectrec-live-shop");
            t.setDaemon(true);
            return t;
          });
  private long nextId;

  /**
   * @param recommendations the server's recommendation service, or null to only replay sessions
   */
  LiveShopDriver(
      LiveShop shop, IngestService ingest, RecommendationService recommendations, long seed) {
    this.shop = Objects.requireNonNull(shop, "shop is required");
    this.ingest = Objects.requireNonNull(ingest, "ingest is required");
    this.recommendations = recommendations;
    this.random = new SplittableRandom(seed);
  }

  /** Runs one session every {@code every}, starting now. */
  void start(Duration every) {
    thread.scheduleWithFixedDelay(this::safeStep, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void safeStep() {
    try {
      step(Instant.now());
    } catch (RuntimeException e) {
      LOG.warn("live shop session failed: {}", e.getMessage());
    }
  }

  /** One session and the shopper's reaction to their recommendations. */
  void step(Instant now) {
    List<Event> session = shop.nextSession(now);
    if (session.isEmpty()) {
      return;
    }
    ingest.accept(session);
    if (recommendations == null) {
      return;
    }
    Event first = session.get(0);
    ServedRecommendation served;
    try {
      served = recommendations.recommend(first.user(), 5, null, first.context());
    } catch (ModelUnavailableException | NoSuchUserException e) {
      return;
    }
    List<Event> feedback = new ArrayList<>();
    Instant at = session.get(session.size() - 1).time().plusSeconds(1);
    for (ScoredItem item : served.recommendation().items()) {
      feedback.add(
          event(first.user(), item.item(), EventType.RECOMMENDATION_SHOWN, at, first.context()));
    }
    for (ScoredItem item : served.recommendation().items()) {
      if (shop.clicks(first.user(), item.item(), random.nextDouble())) {
        feedback.add(
            event(
                first.user(),
                item.item(),
                EventType.RECOMMENDATION_CLICKED,
                at.plusSeconds(2),
                first.context()));
        break;
      }
    }
    ingest.accept(feedback);
  }

  private Event event(String user, String item, EventType type, Instant at, EventContext context) {
    return new Event(
        "live-" + Long.toHexString(at.toEpochMilli()) + "-" + nextId++,
        user,
        item,
        type,
        at,
        null,
        null,
        context);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
