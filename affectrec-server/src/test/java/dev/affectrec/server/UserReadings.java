package dev.affectrec.server;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import java.time.Instant;

/** Hand-built readings (of user u1 unless named) for the endpoint tests. */
final class UserReadings {
  private UserReadings() {}

  /**
   * A reading of u1 that is all {@code top}, with intensity 0.5, confidence 0.9 and model "test".
   *
   * @param sourceEvent the event it was read from, or null
   */
  static EmotionReading pointMass(
      Modality modality, Instant time, Emotion top, PolarityScores polarity, String sourceEvent) {
    return pointMass("u1", modality, time, top, polarity, sourceEvent);
  }

  /** As {@link #pointMass(Modality, Instant, Emotion, PolarityScores, String)}, of {@code user}. */
  static EmotionReading pointMass(
      String user,
      Modality modality,
      Instant time,
      Emotion top,
      PolarityScores polarity,
      String sourceEvent) {
    return EmotionReading.derived(
        modality,
        Subject.user(user),
        time,
        EmotionDistribution.pointMass(top),
        polarity,
        0.5,
        0.9,
        "test",
        sourceEvent);
  }
}
