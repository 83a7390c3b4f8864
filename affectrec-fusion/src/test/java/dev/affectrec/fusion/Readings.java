package dev.affectrec.fusion;

import dev.affectrec.api.emotion.Circumplex;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import java.time.Instant;

/** Builds readings for tests. */
public final class Readings {
  public static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

  private Readings() {}

  public static EmotionReading point(
      Modality modality, Emotion emotion, Instant time, double confidence) {
    return of(modality, EmotionDistribution.pointMass(emotion), time, confidence);
  }

  public static EmotionReading of(
      Modality modality, EmotionDistribution emotions, Instant time, double confidence) {
    double valence = Circumplex.valence(emotions);
    PolarityScores polarity =
        valence > 0.1
            ? new PolarityScores(0, 0, 1)
            : valence < -0.1 ? new PolarityScores(1, 0, 0) : PolarityScores.NEUTRAL;
    return EmotionReading.derived(
        modality, Subject.user("u1"), time, emotions, polarity, 0.5, confidence, "test-1", null);
  }
}
