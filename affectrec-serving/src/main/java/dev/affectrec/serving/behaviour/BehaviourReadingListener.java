package dev.affectrec.serving.behaviour;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.BehaviourRecognizer;
import dev.affectrec.behaviour.LiveSessioniser;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.SessionBounds;
import dev.affectrec.behaviour.SessionConfig;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.UserHistory;
import dev.affectrec.behaviour.features.UserHistoryTracker;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.serving.ingest.IngestListener;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.UserEventRange;
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
 * last request. An open session holds its bounds and a count, never its events: the events are
 * stored before listeners see them ({@link dev.affectrec.serving.ingest.IngestService}), and a
 * closed session's are read back from the store ({@link EventStore#eventsOfUser(UserEventRange,
 * int)}) on the background thread, so an ingested event is garbage once counted (issue 21). Memory
 * is bounded by sessions, whatever the number of events: at most {@link #MAX_OPEN_PER_USER} open
 * sessions per user, {@link #MAX_EVENTS} events per session, {@link #MAX_USERS} users with open
 * sessions and {@link #MAX_OPEN_SESSIONS} sessions in all; closed sessions are dropped. Open
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
   * Sessions open for all users together, counting the ends remembered after a cap; beyond it the
   * least recently active users' sessions are closed and read. A session takes a constant number of
   * bytes (about 230 plus twice an event id's length), so with {@link #MAX_USERS} this bounds open
   * sessions at about 64 MB with 36-character ids, whatever the number of events
   * (docs/ARCHITECTURE.md, "Live state under sustained ingest"). Before sessions kept their events,
   * the cap was on events (issue 21).
   */
  public static final int MAX_OPEN_SESSIONS = 100_000;

  /**
   * Events read back for one closed session: all the stored events within its bounds, which may be
   * a few more than it counted (events within them that arrived after a cap closed it, ignored by
   * the sessioniser but stored), up to twice {@link #MAX_EVENTS}.
   */
  static final int READ_BACK_LIMIT = 2 * MAX_EVENTS;

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
            MAX_OPEN_SESSIONS,
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
    List<SessionBounds> closed = new ArrayList<>();
    for (Event event : ordered) {
      closed.addAll(sessions.accept(event));
    }
    if (!closed.isEmpty()) {
      executor.execute(() -> readBack(closed));
    }
  }

  /** Closes the sessions idle now and reads them on the background thread. */
  public void sweep() {
    List<SessionBounds> closed = sessions.closeIdle(clock.instant());
    if (!closed.isEmpty()) {
      executor.execute(() -> readBack(closed));
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

  /**
   * Reads the events of the closed sessions back from the store and reads and stores them, as
   * {@link #read}, on the calling thread.
   *
   * @return how many readings were newly stored
   */
  public int readBack(List<SessionBounds> closed) {
    int added = 0;
    for (SessionBounds bounds : closed) {
      try {
        if (mayRead(bounds.user())) {
          List<Event> events = store.eventsOfUser(range(bounds), READ_BACK_LIMIT);
          if (!events.isEmpty()) {
            added += readAllowed(new Session(bounds.id(), bounds.user(), events));
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("could not read the behaviour of session {}", bounds.id(), e);
      }
    }
    return added;
  }

  private static UserEventRange range(SessionBounds bounds) {
    return new UserEventRange(
        bounds.user(),
        bounds.clientSession(),
        bounds.firstTime(),
        bounds.firstId(),
        bounds.lastTime(),
        bounds.lastId());
  }

  private boolean mayRead(String user) {
    if (store.user(user).isEmpty()) {
      return false; // erased while the session was open
    }
    if (!consent.allows(user, Modality.BEHAVIOUR)) {
      refused.increment();
      return false;
    }
    return true;
  }

  private int readOne(Session session) {
    return mayRead(session.user()) ? readAllowed(session) : 0;
  }

  private int readAllowed(Session session) {
    String user = session.user();
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
