package dev.affectrec.behaviour.train;

import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.features.UserHistoryTracker;
import dev.affectrec.behaviour.model.LabelledSession;
import dev.affectrec.behaviour.model.SessionLabelSource;
import java.util.ArrayList;
import java.util.List;

/** Turns an event log into labelled session examples. Stateless and thread-safe. */
public final class SessionExamples {
  private SessionExamples() {}

  /**
   * Cuts {@code events} into sessions, visits them in time order with each user's history before
   * the session, and keeps the sessions that {@code labels} can label.
   */
  public static List<LabelledSession> build(
      List<Event> events,
      Sessioniser sessioniser,
      FeatureExtractor extractor,
      SessionLabelSource labels) {
    UserHistoryTracker history = new UserHistoryTracker();
    List<LabelledSession> out = new ArrayList<>();
    for (Session session : sessioniser.sessions(events)) {
      var features = extractor.extract(session, history.before(session));
      labels
          .label(session)
          .ifPresent(label -> out.add(new LabelledSession(session.user(), features, label)));
      history.record(session);
    }
    return out;
  }
}
