package dev.affectrec.serving.reading;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.emotion.text.TextEmotionResult;
import dev.affectrec.serving.ReviewReader;
import dev.affectrec.serving.ingest.IngestListener;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.store.EventStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the text emotion reading of every stored review and search event whose user allows text
 * processing, and stores it with the event's id as its source. The work runs on one background
 * thread, so ingest answers without waiting for the encoders: a reading becomes visible (in {@code
 * GET /v1/users/{id}/emotion}) shortly after the ingest response, typically within a second. When
 * 1,000 batches are already waiting, the ingesting thread does the work itself, which slows ingest
 * instead of losing readings.
 *
 * <p>Work still queued when the process dies (a kill -9) is lost from memory but not from the
 * store: {@link #startCatchUp} reads, at start and then periodically, every stored text that has no
 * reading yet (with the user's text consent), so the store converges whatever happened.
 * Thread-safe.
 */
public final class ReviewReadingListener implements IngestListener, ReviewReader, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewReadingListener.class);

  private final EventStore store;
  private final TextModelHolder models;
  private final ConsentPolicy consent;
  private final Counter stored;

  /** Events the last catch-up read, so their ingest work queued behind it is not read twice. */
  private volatile Set<String> caughtUp = new HashSet<>();

  private final ScheduledExecutorService catchUps =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "affectrec-text-catch-up"));
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(1_000),
          r -> daemon(r, "affectrec-text-readings"),
          new ThreadPoolExecutor.CallerRunsPolicy());

  /** A listener storing readings into {@code store}. */
  public ReviewReadingListener(
      EventStore store, TextModelHolder models, ConsentPolicy consent, MeterRegistry registry) {
    this.store = store;
    this.models = models;
    this.consent = consent;
    this.stored =
        Counter.builder("affectrec.readings.text.stored")
            .description("text readings stored from events")
            .register(registry);
  }

  /**
   * A reader for commands that fill a store without a server: the shared text model, consent from
   * the store, counters kept locally. Close it when done.
   */
  public static ReviewReadingListener standalone(EventStore store) {
    return new ReviewReadingListener(
        store,
        TextModelHolder.shared(),
        new ConsentPolicy(store.access()),
        new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
  }

  @Override
  public void accepted(List<Event> events) {
    List<Event> texts = events.stream().filter(ReviewReadingListener::hasText).toList();
    if (!texts.isEmpty()) {
      executor.execute(() -> read(texts.stream().filter(e -> !caughtUp.contains(e.id())).toList()));
    }
  }

  /**
   * Reads every stored text without a reading now and then every {@code every} (not again when
   * zero), on the reading thread behind the ingest work already queued.
   */
  public void startCatchUp(Duration every) {
    Runnable run =
        () -> {
          try {
            executor.submit(this::catchUp).get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
            LOG.warn("could not read the stored texts without a reading", e);
          }
        };
    if (every.isZero()) {
      catchUps.execute(run);
    } else {
      catchUps.scheduleWithFixedDelay(run, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Reads and stores, on the calling thread, the reading of every stored text that has none (the
   * user's text consent checked), page by page.
   *
   * @return how many readings were stored
   */
  public int catchUp() {
    List<Event> page = store.unreadTexts(null, 256);
    if (page.isEmpty()) {
      caughtUp = Set.of(); // nothing to read: the text model is not even loaded
      return 0;
    }
    models.get(); // one failure when the text model cannot load, not one per page
    Set<String> seen = new HashSet<>();
    int before = (int) stored.count();
    Event after = null;
    for (; !page.isEmpty(); page = store.unreadTexts(after, 256)) {
      page.forEach(e -> seen.add(e.id()));
      read(page);
      after = page.get(page.size() - 1);
    }
    caughtUp = seen;
    int read = (int) stored.count() - before;
    if (read > 0) {
      LOG.info("stored {} text readings that were missing", read);
    }
    return read;
  }

  private static boolean hasText(Event event) {
    return (event.type() == EventType.REVIEW || event.type() == EventType.SEARCH)
        && event.text() != null
        && !event.text().isBlank();
  }

  /**
   * The reading to store for the text of event {@code eventId} by {@code user} at {@code time},
   * from the text model's reading {@code r} of it: a text reading of the user at the event's time
   * whose source is the event. Shared with the Spark text reader.
   */
  public static EmotionReading stored(
      String user, java.time.Instant time, String eventId, EmotionReading r) {
    return new EmotionReading(
        Modality.TEXT,
        Subject.user(user),
        time,
        r.emotions(),
        r.polarity(),
        r.valence(),
        r.arousal(),
        r.intensity(),
        r.confidence(),
        r.model(),
        eventId);
  }

  /**
   * Reads and stores the readings of {@code events} on the calling thread (for back-filling data
   * that did not come through ingest, such as the demo shop).
   *
   * @return how many readings were stored
   */
  public int readNow(List<Event> events) {
    List<Event> texts = events.stream().filter(ReviewReadingListener::hasText).toList();
    int before = (int) stored.count();
    for (int from = 0; from < texts.size(); from += 256) {
      read(texts.subList(from, Math.min(texts.size(), from + 256)));
    }
    return (int) stored.count() - before;
  }

  /** As {@link #readNow}: training reads the texts that have no reading yet on its own thread. */
  @Override
  public int readAndStore(List<Event> events) {
    return readNow(events);
  }

  /** Waits up to a minute for the readings of ingested events still being computed. */
  @Override
  public void settle() {
    drain(60_000);
  }

  private void read(List<Event> events) {
    try {
      List<Event> allowed =
          events.stream().filter(e -> consent.allows(e.user(), Modality.TEXT)).toList();
      if (allowed.isEmpty()) {
        return;
      }
      List<EmotionReading> readings = new ArrayList<>(allowed.size());
      List<TextEmotionResult> results =
          models
              .get()
              .readAll(
                  allowed.stream().map(Event::text).toList(),
                  Subject.session("ingest"),
                  java.time.Instant.EPOCH);
      for (int i = 0; i < allowed.size(); i++) {
        Event event = allowed.get(i);
        readings.add(stored(event.user(), event.time(), event.id(), results.get(i).reading()));
      }
      store.putReadings(readings);
      stored.increment(readings.size());
    } catch (RuntimeException e) {
      LOG.warn("could not compute text readings for {} events", events.size(), e);
    }
  }

  /**
   * Waits up to {@code millis} for queued work to finish, restoring the interrupt flag if
   * interrupted.
   */
  public void drain(long millis) {
    try {
      awaitIdle(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits up to {@code millis} for queued work to finish (for tests and orderly shutdown). */
  public boolean awaitIdle(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      if (executor.getQueue().isEmpty() && executor.getActiveCount() == 0) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    catchUps.shutdownNow();
    executor.shutdown();
  }
}
