package dev.affectrec.fusion.profile;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Polarity;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Builds {@link ItemEmotionProfile}s from readings. Stateless and thread-safe. */
public final class ItemProfiles {
  private ItemProfiles() {}

  /**
   * Aggregates the readings of one item's reviews as seen at {@code at}.
   *
   * <p>Means are weighted by reading confidence; when every confidence is 0 every reading counts
   * equally. Readings later than {@code at} are left out. A reading is recent when it is later than
   * {@code at - recentWindow}.
   *
   * @param item non-blank
   * @param readings never null, no null elements; any modality
   * @param at never null
   * @param config never null
   */
  public static ItemEmotionProfile profile(
      String item, Collection<EmotionReading> readings, Instant at, ItemProfileConfig config) {
    Arguments.requireNonBlank(item, "item");
    Objects.requireNonNull(readings, "readings is required");
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(config, "config is required");
    Instant recentFrom = at.minus(config.recentWindow());
    Means all = new Means();
    Means recent = new Means();
    Means older = new Means();
    Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
    for (EmotionReading reading : readings) {
      Objects.requireNonNull(reading, "readings must not contain null");
      if (reading.time().isAfter(at)) {
        continue;
      }
      all.add(reading);
      (reading.time().isAfter(recentFrom) ? recent : older).add(reading);
      counts.merge(reading.polarity().label(), 1, Integer::sum);
    }
    Trend trend = null;
    if (recent.count >= config.minReadingsPerSide() && older.count >= config.minReadingsPerSide()) {
      double change = recent.valence() - older.valence();
      Trend.Direction direction =
          Math.abs(change) < config.stableBand()
              ? Trend.Direction.STABLE
              : change > 0 ? Trend.Direction.RISING : Trend.Direction.FALLING;
      trend = new Trend(recent.count, older.count, recent.valence(), older.valence(), direction);
    }
    return new ItemEmotionProfile(
        item, at, all.count, all.valence(), all.arousal(), all.distribution(), counts, trend);
  }

  /** Confidence-weighted running means, with an equal-weight fallback. */
  private static final class Means {
    private int count;
    private double weight;
    private double valence;
    private double arousal;
    private final double[] mass = new double[Emotion.COUNT];
    private double plainValence;
    private double plainArousal;
    private final double[] plainMass = new double[Emotion.COUNT];

    void add(EmotionReading reading) {
      double w = reading.confidence();
      double[] p = reading.emotions().toArray();
      count++;
      weight += w;
      valence += w * reading.valence();
      arousal += w * reading.arousal();
      plainValence += reading.valence();
      plainArousal += reading.arousal();
      for (int i = 0; i < p.length; i++) {
        mass[i] += w * p[i];
        plainMass[i] += p[i];
      }
    }

    double valence() {
      return clamp(mean(valence, plainValence), -1, 1);
    }

    double arousal() {
      return clamp(mean(arousal, plainArousal), 0, 1);
    }

    EmotionDistribution distribution() {
      if (count == 0) {
        return EmotionDistribution.NEUTRAL;
      }
      return EmotionDistribution.normalised(weight > 0 ? mass : plainMass);
    }

    private double mean(double weighted, double plain) {
      if (count == 0) {
        return 0;
      }
      return weight > 0 ? weighted / weight : plain / count;
    }

    private static double clamp(double value, double min, double max) {
      return Math.max(min, Math.min(max, value));
    }
  }
}
