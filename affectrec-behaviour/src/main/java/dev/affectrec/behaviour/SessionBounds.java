package dev.affectrec.behaviour;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.event.Event;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a session closed by {@link LiveSessioniser} finds its events again in durable storage: the
 * user's events with this client session id (or without one) from the first to the last event in
 * (time, id) order, both inclusive. The live sessioniser keeps only these bounds per open session,
 * not the events, so its memory does not grow with the events of a session; the events are read
 * back when the session closes. Immutable.
 *
 * @param user non-blank
 * @param clientSession the client session id, or null for a session cut by the inactivity gap
 *     (events with no or a blank client session id)
 * @param firstTime time of the first event
 * @param firstId the smallest id among the events at {@code firstTime}, non-blank
 * @param lastTime time of the last event, not before {@code firstTime}
 * @param lastId the largest id among the events at {@code lastTime}, non-blank
 * @param events how many events the sessioniser counted into it, at least 1
 */
public record SessionBounds(
    String user,
    String clientSession,
    Instant firstTime,
    String firstId,
    Instant lastTime,
    String lastId,
    int events) {

  /** The (time, id) order in which bounds are compared. */
  public static final Comparator<Event> ORDER =
      Comparator.comparing(Event::time).thenComparing(Event::id);

  /** Validates: every field present, the last position not before the first. */
  public SessionBounds {
    Arguments.requireNonBlank(user, "user");
    Arguments.requireAtLeast(events, 1, "events");
    Instant from = Objects.requireNonNull(firstTime, "firstTime is required");
    Instant to = Objects.requireNonNull(lastTime, "lastTime is required");
    if (compare(to, Arguments.requireNonBlank(lastId, "lastId"), from, firstId) < 0) {
      throw new IllegalArgumentException(
          "the last event (" + to + ", " + lastId + ") is before the first (" + from + ")");
    }
  }

  /** The session id, {@code user@firstId}. */
  public String id() {
    return user + "@" + firstId;
  }

  /**
   * Whether {@code event} lies within these bounds: same user, same client session id (none and
   * blank are the same), and (time, id) between the first and the last event inclusive. A store
   * that reads the events back applies the same rule.
   */
  public boolean contains(Event event) {
    return event.user().equals(user)
        && Objects.equals(LiveSessioniser.clientSession(event), clientSession)
        && compare(event.time(), event.id(), firstTime, firstId) >= 0
        && compare(event.time(), event.id(), lastTime, lastId) <= 0;
  }

  /**
   * The session of {@code events} read back from storage: those within these bounds, in (time, id)
   * order; empty if none is left (the user was erased, for example).
   */
  public List<Event> select(List<Event> events) {
    return events.stream().filter(this::contains).sorted(ORDER).toList();
  }

  static int compare(Instant time, String id, Instant otherTime, String otherId) {
    int byTime = time.compareTo(otherTime);
    return byTime != 0
        ? byTime
        : id.compareTo(Arguments.requireNonBlank(otherId, "the id to compare with"));
  }
}
