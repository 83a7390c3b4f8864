package dev.affectrec.behaviour;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cuts events into sessions as they arrive, by the rules of {@link Sessioniser}: events with a
 * client session id form one session per (user, id); a user's other events are cut where two
 * consecutive ones are more than the inactivity gap apart. A session is returned, closed, as its
 * {@link SessionBounds} (whose events the caller reads back from the store the events were written
 * to before they reached this class) when
 *
 * <ul>
 *   <li>the user's next event without a client session id comes more than the gap after it;
 *   <li>{@link #closeIdle} finds its last event more than the gap before now and nothing received
 *       for it for {@code grace} (so a history imported in several requests is not cut between
 *       them);
 *   <li>it reaches {@code maxEvents} events, the user has more than {@code maxOpenPerUser} open
 *       sessions (the oldest is closed), more than {@code maxUsers} users have open sessions or
 *       more than {@code maxSessions} sessions are open (the least recently active user's are
 *       closed);
 *   <li>{@link #closeAll} is called.
 * </ul>
 *
 * <p><b>Memory.</b> An open session holds a constant number of fields (its bounds, a count and the
 * time it last received an event), never its events, so an event is garbage as soon as it has been
 * counted, and all state is bounded by {@code maxSessions} sessions and {@code maxUsers} users,
 * whatever the number of events (issue 21). Closed sessions are not kept.
 *
 * <p><b>Ignored events.</b> A session's id is {@code user@firstId} ({@link SessionBounds#id}). An
 * event id among the last {@link #RECENT_IDS} received is ignored (a retried request; an older
 * retry is counted once more towards {@code maxEvents}, but the store holds each id once, so the
 * session read back does not hold it twice). So is an event more than the gap older than its user's
 * open session (it belongs to a session already closed), and an event at or before, in (time, id)
 * order, the end of the same user's and client session's last session closed by a cap ({@code
 * maxEvents} or {@code maxOpenPerUser}): it lies within that session's bounds. A late event within
 * the gap joins its open session, whose bounds widen to hold it. Thread-safe (every method is
 * synchronised).
 */
public final class LiveSessioniser {
  /** How many of the latest received event ids are remembered to ignore a retried request. */
  public static final int RECENT_IDS = 4_096;

  private final Duration gap;
  private final Duration grace;
  private final int maxEvents;
  private final int maxOpenPerUser;
  private final int maxUsers;
  private final int maxSessions;
  private int sessions;
  private int totalEvents;
  private final Clock clock;
  private final LinkedHashMap<String, UserSessions> users = new LinkedHashMap<>(16, 0.75f, true);
  private final ArrayDeque<String> recentOrder = new ArrayDeque<>();
  private final Set<String> recent = new HashSet<>();

  /** One user's open sessions and the ends of their sessions closed by a cap, by client session. */
  private static final class UserSessions {
    final LinkedHashMap<String, Open> open = new LinkedHashMap<>();
    final LinkedHashMap<String, Open> cappedEnds = new LinkedHashMap<>();

    boolean isEmpty() {
      return open.isEmpty() && cappedEnds.isEmpty();
    }
  }

  /** An open session: its bounds so far, how many events it counted, when it last received one. */
  private static final class Open {
    Instant first;
    String firstId;
    Instant last;
    String lastId;
    int count;
    Instant received;

    void add(Event event, Instant now) {
      if (count == 0 || SessionBounds.compare(event.time(), event.id(), first, firstId) < 0) {
        first = event.time();
        firstId = event.id();
      }
      if (count == 0 || SessionBounds.compare(event.time(), event.id(), last, lastId) > 0) {
        last = event.time();
        lastId = event.id();
      }
      count++;
      received = now;
    }

    boolean covers(Event event) {
      return SessionBounds.compare(event.time(), event.id(), last, lastId) <= 0;
    }

    SessionBounds bounds(String user, String key) {
      return new SessionBounds(
          user, key.isEmpty() ? null : key, first, firstId, last, lastId, count);
    }
  }

  /**
   * @param config the inactivity gap, never null
   * @param grace how long nothing must have been received for a session before {@link #closeIdle}
   *     closes it, not negative
   * @param maxEvents events after which a session closes, at least 1
   * @param maxOpenPerUser open sessions kept per user, at least 1
   * @param maxUsers users with open sessions kept, at least 1
   * @param maxSessions sessions open for all users together, at least {@code maxOpenPerUser}; the
   *     ends of sessions closed by a cap that are remembered count towards it too
   * @param clock the wall clock that times receipt, never null
   */
  public LiveSessioniser(
      SessionConfig config,
      Duration grace,
      int maxEvents,
      int maxOpenPerUser,
      int maxUsers,
      int maxSessions,
      Clock clock) {
    this.gap = Objects.requireNonNull(config, "config is required").inactivityGap();
    this.grace = Objects.requireNonNull(grace, "grace is required");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative but was " + grace);
    }
    this.maxEvents = Arguments.requireAtLeast(maxEvents, 1, "maxEvents");
    this.maxOpenPerUser = Arguments.requireAtLeast(maxOpenPerUser, 1, "maxOpenPerUser");
    this.maxUsers = Arguments.requireAtLeast(maxUsers, 1, "maxUsers");
    this.maxSessions = Arguments.requireAtLeast(maxSessions, maxOpenPerUser, "maxSessions");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /** The client session id of {@code event} as sessions key it: null when absent or blank. */
  public static String clientSession(Event event) {
    String client = event.context().session();
    return client == null || client.isBlank() ? null : client;
  }

  /**
   * Counts {@code event} into its open session.
   *
   * @return the bounds of the sessions this event closed, oldest first; usually empty
   */
  public synchronized List<SessionBounds> accept(Event event) {
    Objects.requireNonNull(event, "event is required");
    List<SessionBounds> closed = new ArrayList<>();
    if (!remember(event.id())) {
      return closed;
    }
    String client = clientSession(event);
    String key = client == null ? "" : client;
    String user = event.user();
    UserSessions mine = users.computeIfAbsent(user, u -> new UserSessions());
    Open capped = mine.cappedEnds.get(key);
    Open open = mine.open.get(key);
    if ((capped != null && capped.covers(event))
        || (open != null && Duration.between(event.time(), open.first).compareTo(gap) > 0)) {
      return closed;
    }
    if (open != null
        && key.isEmpty()
        && Duration.between(open.last, event.time()).compareTo(gap) > 0) {
      closed.add(close(user, mine, key, false));
      open = null;
    }
    if (open == null) {
      open = new Open();
      mine.open.put(key, open);
      sessions++;
      if (mine.open.size() > maxOpenPerUser) {
        closed.add(close(user, mine, mine.open.keySet().iterator().next(), true));
      }
    }
    open.add(event, clock.instant());
    totalEvents++;
    if (open.count >= maxEvents) {
      closed.add(close(user, mine, key, true));
    }
    if (mine.isEmpty()) {
      users.remove(user);
    }
    while (users.size() > maxUsers || sessions > maxSessions) {
      String eldest = users.keySet().iterator().next();
      closed.addAll(closeUser(eldest));
    }
    return closed;
  }

  /** Closes the sessions idle at {@code now} (see the class comment), oldest user first. */
  public synchronized List<SessionBounds> closeIdle(Instant now) {
    List<SessionBounds> closed = new ArrayList<>();
    Iterator<Map.Entry<String, UserSessions>> it = users.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, UserSessions> entry = it.next();
      Iterator<Map.Entry<String, Open>> opened = entry.getValue().open.entrySet().iterator();
      while (opened.hasNext()) {
        Map.Entry<String, Open> session = opened.next();
        Open open = session.getValue();
        if (idle(open, now)) {
          closed.add(open.bounds(entry.getKey(), session.getKey()));
          forgetCounts(open);
          opened.remove();
        }
      }
      // An end kept after a cap is dropped once it is idle and its client session has no open
      // session left: while one is open, events keep coming (possibly at the end's own instant,
      // which must still be ignored).
      UserSessions mine = entry.getValue();
      Iterator<Map.Entry<String, Open>> ends = mine.cappedEnds.entrySet().iterator();
      while (ends.hasNext()) {
        Map.Entry<String, Open> end = ends.next();
        if (!mine.open.containsKey(end.getKey()) && idle(end.getValue(), now)) {
          ends.remove();
          sessions--;
        }
      }
      if (entry.getValue().isEmpty()) {
        it.remove();
      }
    }
    return closed;
  }

  /** Closes every open session (at shutdown). */
  public synchronized List<SessionBounds> closeAll() {
    List<SessionBounds> closed = new ArrayList<>();
    for (String user : List.copyOf(users.keySet())) {
      closed.addAll(closeUser(user));
    }
    return closed;
  }

  /** Drops the open sessions of {@code user} without closing them (erasure). */
  public synchronized void forget(String user) {
    UserSessions mine = users.remove(user);
    if (mine != null) {
      mine.open.values().forEach(this::forgetCounts);
      sessions -= mine.cappedEnds.size();
    }
  }

  /** How many events the open sessions counted. */
  public synchronized int openEvents() {
    return totalEvents;
  }

  /** How many sessions are open. */
  public synchronized int openSessions() {
    return users.values().stream().mapToInt(u -> u.open.size()).sum();
  }

  private boolean idle(Open open, Instant now) {
    return Duration.between(open.last, now).compareTo(gap) > 0
        && Duration.between(open.received, now).compareTo(grace) >= 0;
  }

  /** Remembers {@code id} among the recent ones; false if it was already there. */
  private boolean remember(String id) {
    if (!recent.add(id)) {
      return false;
    }
    recentOrder.addLast(id);
    if (recentOrder.size() > RECENT_IDS) {
      recent.remove(recentOrder.removeFirst());
    }
    return true;
  }

  private void forgetCounts(Open open) {
    totalEvents -= open.count;
    sessions--;
  }

  private List<SessionBounds> closeUser(String user) {
    UserSessions mine = users.remove(user);
    List<SessionBounds> closed = new ArrayList<>();
    mine.open.forEach((key, open) -> closed.add(open.bounds(user, key)));
    mine.open.values().forEach(this::forgetCounts);
    sessions -= mine.cappedEnds.size();
    return closed;
  }

  /**
   * Closes the open session {@code key} of {@code user}; after a cap, remembers its end so later
   * events within its bounds are not counted into a new session that would read them again.
   */
  private SessionBounds close(String user, UserSessions mine, String key, boolean byCap) {
    Open open = mine.open.remove(key);
    forgetCounts(open);
    if (byCap) {
      if (mine.cappedEnds.put(key, open) == null) {
        sessions++;
      }
      if (mine.cappedEnds.size() > maxOpenPerUser) {
        mine.cappedEnds.remove(mine.cappedEnds.keySet().iterator().next());
        sessions--;
      }
    } else {
      if (mine.cappedEnds.remove(key) != null) {
        sessions--;
      }
    }
    return open.bounds(user, key);
  }
}
