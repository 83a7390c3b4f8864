package dev.affectrec.behaviour.train;

import dev.affectrec.api.event.Event;
import dev.affectrec.behaviour.Session;
import dev.affectrec.behaviour.Sessioniser;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.features.UserHistoryTracker;
import dev.affectrec.behaviour.model.LabelledSession;
import dev.affectrec.behaviour.model.SessionOutcome;
import java.util.ArrayList;
import java.util.List;

/** Turns an event log into labelled session examples. Stateless and thread-safe. */
public final class SessionExamples {
  private SessionExamples() {}

  /**
   * Cuts {@code events} into sessions, visits them in time order and keeps the sessions that have a
   * {@link SessionOutcome}: each example is the outcome's label and the features of the behaviour
   * before the outcome, given the user's history before the session. Nothing of the outcome event
   * itself reaches the features, apart from its time when no behaviour precedes it.
   */
  public static List<LabelledSession> build(
      List<Event> events, Sessioniser sessioniser, FeatureExtractor extractor) {
    UserHistoryTracker history = new UserHistoryTracker();
    List<LabelledSession> out = new ArrayList<>();
    for (Session session : sessioniser.sessions(events)) {
      SessionOutcome.of(session)
          .ifPresent(
              outcome ->
                  out.add(
                      new LabelledSession(
                          session.user(),
                          extractor.extract(
                              outcome.behaviour(), session.start(), history.before(session)),
                          outcome.label())));
      history.record(session);
    }
    return out;
  }
}
