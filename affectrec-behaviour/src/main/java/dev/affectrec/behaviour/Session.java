package dev.affectrec.behaviour;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One user's events in one session, in time order. Immutable.
 *
 * @param id non-blank: the client session id, or {@code user#n} for a session cut by inactivity
 * @param user non-blank
 * @param events at least one, all of {@code user}, sorted by time (ties keep their order)
 */
public record Session(String id, String user, List<Event> events) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException for an empty session, an event of another user, or events out
   *     of time order (naming the event id); {@link Sessioniser} sorts events for you
   */
  public Session {
    Arguments.requireNonBlank(id, "session id");
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(events, "events is required");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("session " + id + " has no events");
    }
    events = List.copyOf(events);
    Instant previous = null;
    for (Event event : events) {
      if (!event.user().equals(user)) {
        throw new IllegalArgumentException(
            "event " + event.id() + " belongs to user " + event.user() + ", not " + user);
      }
      if (previous != null && event.time().isBefore(previous)) {
        throw new IllegalArgumentException(
            "event " + event.id() + " at " + event.time() + " is out of order in session " + id);
      }
      previous = event.time();
    }
  }

  /** Time of the first event. */
  public Instant start() {
    return events.get(0).time();
  }

  /** Time of the last event. */
  public Instant end() {
    return events.get(events.size() - 1).time();
  }

  /** Time from the first to the last event, zero for one event. */
  public Duration duration() {
    return Duration.between(start(), end());
  }
}
