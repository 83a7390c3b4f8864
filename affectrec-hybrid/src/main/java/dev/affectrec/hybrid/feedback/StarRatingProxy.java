package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.recommend.data.Interaction;
import java.time.Instant;
import java.util.Optional;

/**
 * A stated proxy for review sentiment while the text model is not plugged in: a 1-5 star rating
 * {@code r} reads as valence {@code (r - 3) / 2} (joy above 3 stars, anger below, calm at 3),
 * confidence 1. It is NOT a text reading: it only tells whether the star signal, used as sentiment,
 * helps. Stateless and thread-safe.
 */
public final class StarRatingProxy implements ReviewReadings {
  /** The model name written in the readings. */
  public static final String MODEL = "star-rating-proxy";

  @Override
  public Optional<EmotionReading> of(Interaction interaction) {
    return Optional.of(reading(interaction.user(), interaction.value(), interaction.time()));
  }

  /**
   * The proxy reading of a rating {@code stars} (clamped to [1, 5]) at epoch second {@code time}.
   */
  public static EmotionReading reading(String user, double stars, long time) {
    double v = Math.max(-1, Math.min(1, (stars - 3) / 2));
    double[] mass = new double[Emotion.COUNT];
    mass[v > 0 ? Emotion.JOY.ordinal() : Emotion.ANGER.ordinal()] = Math.abs(v);
    mass[Emotion.NEUTRAL.ordinal()] += 1 - Math.abs(v);
    return new EmotionReading(
        Modality.TEXT,
        Subject.user(user),
        Instant.ofEpochSecond(Math.max(0, time)),
        EmotionDistribution.normalised(mass),
        PolarityScores.normalised(Math.max(0, -v), 1 - Math.abs(v), Math.max(0, v)),
        v,
        0.3 + 0.2 * Math.abs(v),
        Math.abs(v),
        1,
        MODEL,
        null);
  }
}
