package dev.affectrec.store;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of one user's events with one client session id, in (time, id) order: what {@link
 * EventStore#eventsOfUser(UserEventRange, int)} reads, for example the events of a behaviour
 * session that was cut as they arrived and is read back when it closes.
 *
 * @param user non-blank
 * @param session the events' client session id, or null for events with none (null or blank)
 * @param fromTime with {@code fromId}, the first position, inclusive
 * @param fromId non-blank
 * @param toTime with {@code toId}, the last position, inclusive; not before {@code fromTime}
 * @param toId non-blank
 */
public record UserEventRange(
    String user, String session, Instant fromTime, String fromId, Instant toTime, String toId) {

  /** Validates. */
  public UserEventRange {
    Arguments.requireNonBlank(user, "user");
    Objects.requireNonNull(fromTime, "fromTime is required");
    Arguments.requireNonBlank(fromId, "fromId");
    Objects.requireNonNull(toTime, "toTime is required");
    Arguments.requireNonBlank(toId, "toId");
    if (toTime.isBefore(fromTime)) {
      throw new IllegalArgumentException("toTime " + toTime + " is before fromTime " + fromTime);
    }
  }
}
