package dev.affectrec.serving.behaviour;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.BehaviourRecognizer;
import dev.affectrec.behaviour.LiveSessioniser;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.SessionConfig;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.UserHistory;
import dev.affectrec.behaviour.features.UserHistoryTracker;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.serving.ingest.IngestListener;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.store.EventStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Behaviour in the loop: cuts each user's events into sessions as they are ingested ({@link
 * LiveSessioniser}, the {@link Sessioniser} rules with a 30-minute gap) and, when a session closes,
 * reads it with the behaviour model and stores a BEHAVIOUR reading of the user, if and only if the
 * user allows behaviour processing ({@link ConsentPolicy}, checked when the session is read).
 *
 * <p>A session closes when the user's next event comes more than the gap after it, or when the
 * sweep (every {@link #SWEEP_PERIOD}) finds its last event more than the gap old and nothing
 * received for it for {@link #GRACE}; so an imported history is read within about a minute of its
 * last request. Memory is bounded: at most {@link #MAX_OPEN_PER_USER} open sessions per user,
 * {@link #MAX_EVENTS} events per session, {@link #MAX_USERS} users with open sessions and {@link
 * #MAX_OPEN_EVENTS} events in all open sessions together; closed sessions are dropped. Open
 * sessions are lost on a restart (their events are stored; only their reading is missed).
 *
 * <p>The reading: subject the user, time the session's last event, source the session's last event
 * id. Its id is {@code behaviour:} plus that event id ({@link #readingId}), stored with {@link
 * EventStore#putReadingsOnce}, so reading the same session again (a retried request, a restart)
 * never duplicates it. <b>Joining a reading to its interactions:</b> cut the user's stored events
 * with {@link Sessioniser} ({@link SessionConfig#defaults()}); the reading belongs to the session
 * whose last event is its {@code sourceEventId}, and applies to that session's interactions with
 * the confidence of the reading times the learned BEHAVIOUR reliability.
 *
 * <p>Reading runs on one background thread, never on the ingesting thread. Thread-safe.
 */
public final class BehaviourReadingListener implements IngestListener, AutoCloseable {
  /** How often idle sessions are looked for. */
  public static final Duration SWEEP_PERIOD = Duration.ofSeconds(20);

  /** How long nothing must arrive for an idle session before the sweep closes it. */
  public static final Duration GRACE = Duration.ofSeconds(20);

  /** Open sessions kept per user (client session ids can open several). */
  public static final int MAX_OPEN_PER_USER = 4;

  /** Events after which a session is closed and read. */
  public static final int MAX_EVENTS = 1_000;

  /** Users with open sessions kept; the least recently active are closed beyond this. */
  public static final int MAX_USERS = 100_000;

  /**
   * Events held in all open sessions together (about 320 bytes each as parsed events, so about 64
   * MB); beyond it the least recently active users' sessions are closed and read. Without it, a
   * steady stream for many users kept up to {@link #MAX_EVENTS} events per user (issue 21).
   */
  public static final int MAX_OPEN_EVENTS = 200_000;

  /** Earlier events read to know a user's history before a session. */
  static final int HISTORY_EVENTS = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(BehaviourReadingListener.class);

  private final EventStore store;
  private final ConsentPolicy consent;
  private final BehaviourRecognizer recognizer;
  private final Sessioniser sessioniser = new Sessioniser(SessionConfig.defaults());
  private final LiveSessioniser sessions;
  private final Clock clock;
  private final Counter stored;
  private final Counter refused;
  private final ScheduledThreadPoolExecutor executor =
      new ScheduledThreadPoolExecutor(1, BehaviourReadingListener::daemon);

  /**
   * A listener that reads with {@code model} and stores into {@code store}; call {@link #start} to
   * run the sweep.
   */
  public BehaviourReadingListener(
      EventStore store,
      BehaviourModel model,
      ConsentPolicy consent,
      MeterRegistry registry,
      Clock clock) {
    this.store = store;
    this.consent = consent;
    this.clock = clock;
    this.recognizer = new BehaviourRecognizer(model, FeatureConfig.defaults(), 1);
    this.sessions =
        new LiveSessioniser(
            SessionConfig.defaults(),
            GRACE,
            MAX_EVENTS,
            MAX_OPEN_PER_USER,
            MAX_USERS,
            MAX_OPEN_EVENTS,
            clock);
    this.stored =
        Counter.builder("affectrec.readings.behaviour.stored")
            .description("behaviour readings stored from closed sessions")
            .register(registry);
    this.refused =
        Counter.builder("affectrec.readings.behaviour.refused")
            .description("closed sessions not read because the user refused behaviour processing")
            .register(registry);
  }

  /** Starts the periodic sweep for idle sessions. */
  public void start() {
    long period = SWEEP_PERIOD.toMillis();
    executor.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  /** The id under which the reading of the session ending with {@code lastEventId} is stored. */
  public static String readingId(String lastEventId) {
    return "behaviour:" + lastEventId;
  }

  @Override
  public void accepted(List<Event> events) {
    List<Event> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(Event::time));
    List<Session> closed = new ArrayList<>();
    for (Event event : ordered) {
      closed.addAll(sessions.accept(event));
    }
    if (!closed.isEmpty()) {
      executor.execute(() -> read(closed));
    }
  }

  /** Closes the sessions idle now and reads them on the background thread. */
  public void sweep() {
    List<Session> closed = sessions.closeIdle(clock.instant());
    if (!closed.isEmpty()) {
      executor.execute(() -> read(closed));
    }
  }

  /** Forgets the open sessions of the stored user id {@code user} (erasure). */
  public void forget(String user) {
    sessions.forget(user);
  }

  /**
   * Reads and stores the closed {@code sessions} on the calling thread.
   *
   * @return how many readings were newly stored
   */
  public int read(List<Session> closed) {
    int added = 0;
    for (Session session : closed) {
      try {
        added += readOne(session);
      } catch (RuntimeException e) {
        LOG.warn("could not read the behaviour of session {}", session.id(), e);
      }
    }
    return added;
  }

  private int readOne(Session session) {
    String user = session.user();
    if (store.user(user).isEmpty()) {
      return 0; // erased while the session was open
    }
    if (!consent.allows(user, Modality.BEHAVIOUR)) {
      refused.increment();
      return 0;
    }
    List<Event> earlier =
        store.eventsOfUser(user, HISTORY_EVENTS).stream()
            .filter(e -> e.time().isBefore(session.start()))
            .toList();
    UserHistory history = UserHistoryTracker.of(user, earlier, sessioniser);
    EmotionReading reading =
        recognizer.recognize(session, history, Subject.user(user), session.end());
    int added = store.putReadingsOnce(Map.of(readingId(reading.sourceEventId()), reading));
    stored.increment(added);
    return added;
  }

  /** Waits up to {@code millis} for queued reading work to finish; false if it did not. */
  public boolean awaitIdle(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      if (executor.getActiveCount() == 0
          && executor.getQueue().stream().allMatch(BehaviourReadingListener::isSweep)) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** As {@link #awaitIdle}, restoring the interrupt flag if interrupted (an erasure barrier). */
  public void drain(long millis) {
    try {
      awaitIdle(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isSweep(Runnable task) {
    return task instanceof RunnableScheduledFuture<?> f && f.isPeriodic();
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "affectrec-behaviour-readings");
    thread.setDaemon(true);
    return thread;
  }

  /** Stops the sweep; open sessions are not read (their events are stored). */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
