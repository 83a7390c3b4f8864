package dev.affectrec.serving;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.event.Event;
import dev.affectrec.store.EventStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The instant a user's emotional state is fused at: the time of their newest stored event or
 * reading, never later than now. Decay then runs against the user's own history, so a history
 * imported from MovieLens or Amazon, years old, keeps its state instead of reading neutral with
 * confidence 0. Stateless and thread-safe.
 */
public final class StateTime {
  private StateTime() {}

  /**
   * The state time of {@code user}.
   *
   * @param store never null
   * @param user the stored user id, never null
   * @param readings the user's readings, oldest first (as {@link EventStore#readingsOf} returns
   *     them), never null
   * @param now the wall-clock time, never null
   * @return {@code now} for a user with neither events nor readings
   */
  public static Instant of(
      EventStore store, String user, List<EmotionReading> readings, Instant now) {
    return of(store.eventsOfUser(user, 1), readings, now);
  }

  /**
   * The state time of a user whose events, newest first, begin with {@code events} (only the first
   * is used, so one event is enough), and whose readings are {@code readings}, oldest first.
   */
  public static Instant of(List<Event> events, List<EmotionReading> readings, Instant now) {
    Objects.requireNonNull(now, "now is required");
    Instant newest = events.isEmpty() ? null : events.get(0).time();
    if (!readings.isEmpty()) {
      Instant reading = readings.get(readings.size() - 1).time();
      newest = newest == null || reading.isAfter(newest) ? reading : newest;
    }
    return newest == null || newest.isAfter(now) ? now : newest;
  }
}
