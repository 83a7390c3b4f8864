package dev.affectrec.analytics;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import java.time.Instant;

/** Builds reviews with a reading whose top emotion is chosen, for the analytics tests. */
public final class Reviews {
  private static int next;

  private Reviews() {}

  /**
   * A review of {@code item} by {@code user} at {@code time} whose reading leans to {@code top}.
   */
  public static ReadReview review(
      String user, String item, Instant time, Emotion top, String text) {
    double[] p = new double[Emotion.COUNT];
    java.util.Arrays.fill(p, 0.05);
    p[top.ordinal()] = 0.7;
    return read(user, item, time, text, EmotionDistribution.normalised(p), 0.5, 0.9);
  }

  /**
   * A review whose text the model could not read (an unsupported language): a uniform mix with
   * intensity and confidence 0, like the text recognizer's reading of such a text.
   */
  public static ReadReview unreadable(String user, String item, Instant time, String text) {
    return read(user, item, time, text, EmotionDistribution.UNIFORM, 0, 0);
  }

  private static ReadReview read(
      String user,
      String item,
      Instant time,
      String text,
      EmotionDistribution emotions,
      double intensity,
      double confidence) {
    EmotionReading reading =
        EmotionReading.derived(
            Modality.TEXT,
            Subject.user(user),
            time,
            emotions,
            PolarityScores.NEUTRAL,
            intensity,
            confidence,
            "test",
            "e" + next);
    return new ReadReview("e" + next++, user, item, time, 4.0, text, reading);
  }
}
