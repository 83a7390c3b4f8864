package dev.affectrec.behaviour;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionRecognizer;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.behaviour.features.FeatureConfig;
import dev.affectrec.behaviour.features.FeatureExtractor;
import dev.affectrec.behaviour.features.UserHistory;
import dev.affectrec.behaviour.model.BehaviourModel;
import dev.affectrec.behaviour.model.SessionOutcome;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads the emotion of a session as a BEHAVIOUR {@link EmotionReading}: from the model when one is
 * given and the session has at least {@code minEventsForModel} events, otherwise from {@link
 * ColdStartRules}. Thread-safe (immutable; the model predicts concurrently).
 *
 * <p>The model reads the behaviour before the session's outcome ({@link
 * SessionOutcome#behaviourOf}), as it was trained; the rules read the whole session. A model
 * reading's positive score is the probability that the session ends satisfied, its negative score
 * that it ends unsatisfied, and its confidence {@code |positive - negative|}, in [0, 1]: 0 when the
 * trees split evenly, 1 when they all agree; a rule reading's confidence is the rule's. The {@code
 * model} field of a reading names the forest's provenance or the rule that fired; its source is the
 * session's last event.
 */
public final class BehaviourRecognizer implements EmotionRecognizer<Session> {
  private final BehaviourModel model;
  private final FeatureExtractor extractor;
  private final int minEventsForModel;

  /**
   * @param model the trained model, or null to use the rules only
   * @param features never null
   * @param minEventsForModel sessions with fewer events use the rules; at least 1
   */
  public BehaviourRecognizer(BehaviourModel model, FeatureConfig features, int minEventsForModel) {
    this.model = model;
    this.extractor = new FeatureExtractor(Objects.requireNonNull(features, "features is required"));
    this.minEventsForModel = Arguments.requireAtLeast(minEventsForModel, 1, "minEventsForModel");
  }

  @Override
  public Modality modality() {
    return Modality.BEHAVIOUR;
  }

  /** Reads {@code session} as if its user were unknown ({@link UserHistory#UNKNOWN}). */
  @Override
  public EmotionReading recognize(Session session, Subject subject, Instant time) {
    return recognize(session, UserHistory.UNKNOWN, subject, time);
  }

  /**
   * Reads {@code session} given what was known about its user before it.
   *
   * @param session never null
   * @param history never null
   * @param subject never null, normally {@code Subject.session(session.id())}
   * @param time never null, normally {@code session.end()}
   */
  public EmotionReading recognize(
      Session session, UserHistory history, Subject subject, Instant time) {
    String source = session.events().get(session.events().size() - 1).id();
    if (model != null && session.events().size() >= minEventsForModel) {
      PolarityScores polarity =
          model.predict(
              extractor.extract(SessionOutcome.behaviourOf(session), session.start(), history));
      double confidence = Math.min(1, Math.abs(polarity.positive() - polarity.negative()));
      EmotionDistribution emotions = PolarityEmotions.of(polarity);
      return EmotionReading.derived(
          Modality.BEHAVIOUR,
          subject,
          time,
          emotions,
          polarity,
          Math.abs(polarity.positive() - polarity.negative()),
          confidence,
          model.provenance().component() + "-" + model.provenance().version(),
          source);
    }
    RuleVerdict verdict = ColdStartRules.apply(extractor.extract(session, history));
    return EmotionReading.derived(
        Modality.BEHAVIOUR,
        subject,
        time,
        verdict.emotions(),
        verdict.polarity(),
        Math.abs(verdict.polarity().positive() - verdict.polarity().negative()),
        verdict.confidence(),
        "behaviour-rules-1:" + verdict.rule(),
        source);
  }
}
