package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.SessionConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the (user, item) pairs of the sessions that behaviour readings were made of. A behaviour
 * reading names its session by the session's last event ({@link
 * dev.affectrec.api.emotion.EmotionReading#sourceEventId()}); fed the events in time order, this
 * cuts them into sessions with the {@link dev.affectrec.behaviour.Sessioniser} rules (the client's
 * session id when it sent one, else an inactivity gap) and keeps the items of the sessions whose
 * last event is wanted. Memory: the open session of each user and the items of wanted sessions. Not
 * thread-safe.
 */
final class SessionItems {
  private final Set<String> wantedLastEvents;
  private final long gapSeconds;
  private final Map<String, Open> open = new HashMap<>();
  private final Map<String, List<UserItem>> found = new HashMap<>();

  private static final class Open {
    long lastTime;
    String lastEventId;
    final Set<UserItem> items = new LinkedHashSet<>();
  }

  /**
   * @param wantedLastEvents ids of the last events of the sessions whose items are wanted
   * @param config the session rules, never null
   */
  SessionItems(Set<String> wantedLastEvents, SessionConfig config) {
    this.wantedLastEvents = Set.copyOf(wantedLastEvents);
    this.gapSeconds =
        Objects.requireNonNull(config, "config is required").inactivityGap().toSeconds();
  }

  /** Whether any session is wanted at all (when not, feeding events is a waste). */
  boolean wantsAny() {
    return !wantedLastEvents.isEmpty();
  }

  /** Adds the next event, in time order. */
  void add(Event e) {
    String clientSession = e.context().session();
    boolean byClient = clientSession != null && !clientSession.isBlank();
    String key = byClient ? e.user() + '\u0000' + clientSession : e.user();
    long at = e.time().getEpochSecond();
    Open session = open.get(key);
    if (session != null && !byClient && at - session.lastTime > gapSeconds) {
      close(session);
      session = null;
    }
    if (session == null) {
      session = new Open();
      open.put(key, session);
    }
    session.lastTime = at;
    session.lastEventId = e.id();
    if (e.item() != null) {
      session.items.add(new UserItem(e.user(), e.item()));
    }
  }

  /**
   * Closes every open session and returns, for each wanted session found, its last event id to the
   * (user, item) pairs it touched.
   */
  Map<String, List<UserItem>> finish() {
    open.values().forEach(this::close);
    open.clear();
    return found;
  }

  private void close(Open session) {
    if (wantedLastEvents.contains(session.lastEventId) && !session.items.isEmpty()) {
      found.put(session.lastEventId, new ArrayList<>(session.items));
    }
  }
}
