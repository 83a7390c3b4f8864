package dev.affectrec.behaviour;

import dev.affectrec.api.event.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cuts events into sessions: by {@code context.session} when the client sent one, else by an
 * inactivity gap. Stateless apart from its config; thread-safe.
 */
public final class Sessioniser {
  private final SessionConfig config;

  /** A sessioniser with {@code config}, never null. */
  public Sessioniser(SessionConfig config) {
    this.config = Objects.requireNonNull(config, "config is required");
  }

  /**
   * Sessions of every user in {@code events}, in any order (they are sorted by time, stably).
   * Events with a client session id form one session per (user, session id); the others of a user
   * are cut where two consecutive events are more than the inactivity gap apart and are named
   * {@code user#0}, {@code user#1}, ... in time order.
   *
   * @param events never null, no null elements; may be empty
   * @return sessions ordered by start time, then id; never null
   */
  public List<Session> sessions(List<Event> events) {
    Objects.requireNonNull(events, "events is required");
    List<Event> sorted = new ArrayList<>(events);
    sorted.forEach(e -> Objects.requireNonNull(e, "events must not contain null"));
    sorted.sort(Comparator.comparing(Event::time));
    Map<String, List<Event>> byClientSession = new LinkedHashMap<>();
    Map<String, List<Event>> byUser = new LinkedHashMap<>();
    for (Event event : sorted) {
      String clientSession = event.context().session();
      if (clientSession != null && !clientSession.isBlank()) {
        byClientSession
            .computeIfAbsent(event.user() + "\u0000" + clientSession, k -> new ArrayList<>())
            .add(event);
      } else {
        byUser.computeIfAbsent(event.user(), k -> new ArrayList<>()).add(event);
      }
    }
    List<Session> out = new ArrayList<>();
    byClientSession.forEach(
        (key, list) ->
            out.add(new Session(list.get(0).context().session(), list.get(0).user(), list)));
    byUser.forEach((user, list) -> cutByGap(user, list, out));
    out.sort(Comparator.comparing(Session::start).thenComparing(Session::id));
    return out;
  }

  private void cutByGap(String user, List<Event> events, List<Session> out) {
    List<Event> current = new ArrayList<>();
    int index = 0;
    for (Event event : events) {
      if (!current.isEmpty()) {
        Duration gap = Duration.between(current.get(current.size() - 1).time(), event.time());
        if (gap.compareTo(config.inactivityGap()) > 0) {
          out.add(new Session(user + "#" + index++, user, current));
          current = new ArrayList<>();
        }
      }
      current.add(event);
    }
    if (!current.isEmpty()) {
      out.add(new Session(user + "#" + index, user, current));
    }
  }
}
