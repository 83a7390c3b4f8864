package dev.affectrec.behaviour.features;

import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.Sessioniser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link UserHistory} while sessions are visited in time order: ask {@link #before} for a
 * session, then {@link #record} it. Not thread-safe (mutable; one per pass).
 */
public final class UserHistoryTracker {
  private final Map<String, double[]> byUser = new HashMap<>();

  /**
   * What {@code earlier} (events of {@code user}, any order, all before the session to be read) say
   * about the user, with sessions cut by {@code sessioniser}: how a session arriving at run time
   * gets the history that training built in time order.
   */
  public static UserHistory of(String user, List<Event> earlier, Sessioniser sessioniser) {
    UserHistoryTracker tracker = new UserHistoryTracker();
    sessioniser.sessions(earlier).forEach(tracker::record);
    return tracker.of(user);
  }

  /** What is known about the session's user before it; {@link UserHistory#UNKNOWN} if nothing. */
  public UserHistory before(Session session) {
    Objects.requireNonNull(session, "session is required");
    return of(session.user());
  }

  private UserHistory of(String user) {
    double[] s = byUser.get(user);
    if (s == null) {
      return UserHistory.UNKNOWN;
    }
    int ratings = (int) s[1];
    return new UserHistory(
        (int) s[0], ratings, ratings > 0 ? s[2] / ratings : UserHistory.DEFAULT_MEAN_RATING);
  }

  /** Adds {@code session} to its user's history. */
  public void record(Session session) {
    double[] s = byUser.computeIfAbsent(session.user(), k -> new double[3]);
    s[0]++;
    for (Event event : session.events()) {
      if (FeatureExtractor.isRating(event)) {
        s[1]++;
        s[2] += event.value();
      }
    }
  }
}
