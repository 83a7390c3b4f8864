package dev.affectrec.behaviour;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * consecutive ones are more than the inactivity gap apart. A session is returned, closed, when
 *
 * <ul>
 *   <li>the user's next event without a client session id comes more than the gap after it;
 *   <li>{@link #closeIdle} finds its last event more than the gap before now and nothing received
 *       for it for {@code grace} (so a history imported in several requests is not cut between
 *       them);
 *   <li>it reaches {@code maxEvents} events, the user has more than {@code maxOpenPerUser} open
 *       sessions (the oldest is closed), more than {@code maxUsers} users have open sessions or all
 *       open sessions together hold more than {@code maxTotalEvents} events (the least recently
 *       active user's are closed): memory stays bounded by {@code maxTotalEvents} events, however
 *       many users there are;
 *   <li>{@link #closeAll} is called.
 * </ul>
 *
 * Closed sessions are not kept. A session's id is {@code user@firstEventId}. An event id already in
 * an open session is ignored (a retried request), and so is an event more than the gap older than
 * its user's open session (it belongs to a session already closed). A late event within the gap
 * joins its open session in time order. Thread-safe (every method is synchronised).
 */
public final class LiveSessioniser {
  private final Duration gap;
  private final Duration grace;
  private final int maxEvents;
  private final int maxOpenPerUser;
  private final int maxUsers;
  private final int maxTotalEvents;
  private int totalEvents;
  private final Clock clock;
  private final LinkedHashMap<String, Map<String, Open>> users =
      new LinkedHashMap<>(16, 0.75f, true);

  private static final class Open {
    final List<Event> events = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    Instant received;

    Instant last() {
      return events.get(events.size() - 1).time();
    }
  }

  /**
   * @param config the inactivity gap, never null
   * @param grace how long nothing must have been received for a session before {@link #closeIdle}
   *     closes it, not negative
   * @param maxEvents events after which a session closes, at least 1
   * @param maxOpenPerUser open sessions kept per user, at least 1
   * @param maxUsers users with open sessions kept, at least 1
   * @param maxTotalEvents events held in all open sessions together, at least {@code maxEvents}
   * @param clock the wall clock that times receipt, never null
   */
  public LiveSessioniser(
      SessionConfig config,
      Duration grace,
      int maxEvents,
      int maxOpenPerUser,
      int maxUsers,
      int maxTotalEvents,
      Clock clock) {
    this.gap = Objects.requireNonNull(config, "config is required").inactivityGap();
    this.grace = Objects.requireNonNull(grace, "grace is required");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative but was " + grace);
    }
    this.maxEvents = Arguments.requireAtLeast(maxEvents, 1, "maxEvents");
    this.maxOpenPerUser = Arguments.requireAtLeast(maxOpenPerUser, 1, "maxOpenPerUser");
    this.maxUsers = Arguments.requireAtLeast(maxUsers, 1, "maxUsers");
    this.maxTotalEvents = Arguments.requireAtLeast(maxTotalEvents, maxEvents, "maxTotalEvents");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /**
   * Adds {@code event} to its open session.
   *
   * @return the sessions this event closed, oldest first; usually empty
   */
  public synchronized List<Session> accept(Event event) {
    Objects.requireNonNull(event, "event is required");
    List<Session> closed = new ArrayList<>();
    String client = event.context().session();
    String key = client == null || client.isBlank() ? "" : client;
    Map<String, Open> mine = users.computeIfAbsent(event.user(), u -> new LinkedHashMap<>());
    Open open = mine.get(key);
    if (open != null
        && (open.ids.contains(event.id())
            || Duration.between(event.time(), open.events.get(0).time()).compareTo(gap) > 0)) {
      return closed;
    }
    if (open != null
        && key.isEmpty()
        && Duration.between(open.last(), event.time()).compareTo(gap) > 0) {
      closed.add(close(event.user(), mine, key));
      open = null;
    }
    if (open == null) {
      open = new Open();
      mine.put(key, open);
      if (mine.size() > maxOpenPerUser) {
        closed.add(close(event.user(), mine, mine.keySet().iterator().next()));
      }
    }
    int at = open.events.size();
    while (at > 0 && open.events.get(at - 1).time().isAfter(event.time())) {
      at--;
    }
    open.events.add(at, event);
    open.ids.add(event.id());
    totalEvents++;
    open.received = clock.instant();
    if (open.events.size() >= maxEvents) {
      closed.add(close(event.user(), mine, key));
    }
    if (mine.isEmpty()) {
      users.remove(event.user());
    }
    while (users.size() > maxUsers || totalEvents > maxTotalEvents) {
      String eldest = users.keySet().iterator().next();
      closed.addAll(closeUser(eldest));
    }
    return closed;
  }

  /** Closes the sessions idle at {@code now} (see the class comment), oldest user first. */
  public synchronized List<Session> closeIdle(Instant now) {
    List<Session> closed = new ArrayList<>();
    Iterator<Map.Entry<String, Map<String, Open>>> it = users.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Map<String, Open>> entry = it.next();
      Iterator<Map.Entry<String, Open>> sessions = entry.getValue().entrySet().iterator();
      while (sessions.hasNext()) {
        Open open = sessions.next().getValue();
        boolean idle = Duration.between(open.last(), now).compareTo(gap) > 0;
        boolean quiet = Duration.between(open.received, now).compareTo(grace) >= 0;
        if (idle && quiet) {
          closed.add(session(entry.getKey(), open));
          totalEvents -= open.events.size();
          sessions.remove();
        }
      }
      if (entry.getValue().isEmpty()) {
        it.remove();
      }
    }
    return closed;
  }

  /** Closes every open session (at shutdown). */
  public synchronized List<Session> closeAll() {
    List<Session> closed = new ArrayList<>();
    for (String user : List.copyOf(users.keySet())) {
      closed.addAll(closeUser(user));
    }
    return closed;
  }

  /** Drops the open sessions of {@code user} without closing them (erasure). */
  public synchronized void forget(String user) {
    Map<String, Open> mine = users.remove(user);
    if (mine != null) {
      mine.values().forEach(open -> totalEvents -= open.events.size());
    }
  }

  /** How many events the open sessions hold, at most {@code maxTotalEvents}. */
  public synchronized int openEvents() {
    return totalEvents;
  }

  /** How many sessions are open. */
  public synchronized int openSessions() {
    return users.values().stream().mapToInt(Map::size).sum();
  }

  private List<Session> closeUser(String user) {
    Map<String, Open> mine = users.remove(user);
    List<Session> closed = new ArrayList<>();
    mine.values().forEach(open -> closed.add(session(user, open)));
    closed.forEach(s -> totalEvents -= s.events().size());
    return closed;
  }

  private Session close(String user, Map<String, Open> mine, String key) {
    Open open = mine.remove(key);
    totalEvents -= open.events.size();
    return session(user, open);
  }

  private static Session session(String user, Open open) {
    return new Session(user + "@" + open.events.get(0).id(), user, open.events);
  }
}
