package dev.affectrec.hybrid.feedback;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Turns an interaction and its review reading into a training weight. Stateless, thread-safe. */
public final class SentimentWeighting {
  private SentimentWeighting() {}

  /**
   * The weight of an interaction of strength {@code base} whose review read as {@code reading}.
   *
   * @param base the plain weight, finite
   * @param reading the review's reading, or null when there was no review
   * @param config never null
   * @return {@code base} in plain mode or without a reading; otherwise {@code base *
   *     negativeWeight} for a negative review and {@code base * (1 + strength * valence *
   *     confidence)} else
   */
  public static float weight(float base, EmotionReading reading, SentimentWeightingConfig config) {
    Objects.requireNonNull(config, "config is required");
    if (config.mode() == SentimentWeightingConfig.Mode.PLAIN || reading == null) {
      return base;
    }
    double signal = reading.valence() * reading.confidence();
    if (signal <= config.negativeThreshold()) {
      return (float) (base * config.negativeWeight());
    }
    return (float) (base * (1 + config.strength() * signal));
  }

  /**
   * Reweights every interaction; interactions whose weight becomes 0 or less are dropped, since
   * they carry no positive signal.
   *
   * @param interactions never null
   * @param readings the review reading of an interaction, empty when it has none; never null
   * @param config never null
   */
  public static List<Interaction> apply(
      List<Interaction> interactions,
      Function<Interaction, Optional<EmotionReading>> readings,
      SentimentWeightingConfig config) {
    Objects.requireNonNull(interactions, "interactions is required");
    Objects.requireNonNull(readings, "readings is required");
    List<Interaction> out = new ArrayList<>(interactions.size());
    for (Interaction i : interactions) {
      float w = weight(i.value(), readings.apply(i).orElse(null), config);
      if (w > 0) {
        out.add(w == i.value() ? i : new Interaction(i.user(), i.item(), w, i.time()));
      }
    }
    return out;
  }
}
