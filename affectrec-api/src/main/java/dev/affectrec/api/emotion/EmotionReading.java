package dev.affectrec.api.emotion;

import dev.affectrec.api.Arguments;
import java.time.Instant;
import java.util.Objects;

/**
 * One modality's reading of one subject at one time. Immutable.
 *
 * @param modality never null
 * @param subject never null
 * @param time when the observed behaviour happened, never null
 * @param emotions never null
 * @param polarity never null
 * @param valence in [-1, 1]; normally {@link Circumplex#valence(EmotionDistribution)}
 * @param arousal in [0, 1]; normally {@link Circumplex#arousal(EmotionDistribution)}
 * @param intensity in [0, 1]: how strongly the emotion is expressed
 * @param confidence in [0, 1]: 0 means the reading carries no information
 * @param model non-blank identifier of the model and version that produced the reading
 * @param sourceEventId id of the event the reading was computed from, or null
 */
public record EmotionReading(
    Modality modality,
    Subject subject,
    Instant time,
    EmotionDistribution emotions,
    PolarityScores polarity,
    double valence,
    double arousal,
    double intensity,
    double confidence,
    String model,
    String sourceEventId) {

  /** Validates ranges and required fields. */
  public EmotionReading {
    Objects.requireNonNull(modality, "modality is required");
    Objects.requireNonNull(subject, "subject is required");
    Objects.requireNonNull(time, "time is required");
    Objects.requireNonNull(emotions, "emotions is required");
    Objects.requireNonNull(polarity, "polarity is required");
    Arguments.requireInRange(valence, -1, 1, "valence");
    Arguments.requireInRange(arousal, 0, 1, "arousal");
    Arguments.requireInRange(intensity, 0, 1, "intensity");
    Arguments.requireInRange(confidence, 0, 1, "confidence");
    Arguments.requireNonBlank(model, "model");
  }

  /**
   * A reading whose valence and arousal are derived from {@code emotions} through the {@link
   * Circumplex}.
   */
  public static EmotionReading derived(
      Modality modality,
      Subject subject,
      Instant time,
      EmotionDistribution emotions,
      PolarityScores polarity,
      double intensity,
      double confidence,
      String model,
      String sourceEventId) {
    return new EmotionReading(
        modality,
        subject,
        time,
        emotions,
        polarity,
        Circumplex.valence(emotions),
        Circumplex.arousal(emotions),
        intensity,
        confidence,
        model,
        sourceEventId);
  }

  /** The most probable label. */
  public Emotion top() {
    return emotions.top();
  }
}
