package dev.affectrec.fusion.profile;

import dev.affectrec.api.Arguments;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.Polarity;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The emotional profile of one item at one time.
 *
 * @param item non-blank item id
 * @param time the profile time, never null
 * @param readings number of readings aggregated, at least 0
 * @param meanValence confidence-weighted mean valence in [-1, 1]; 0 with no readings
 * @param meanArousal confidence-weighted mean arousal in [0, 1]; 0 with no readings
 * @param emotions confidence-weighted mean distribution; {@link EmotionDistribution#NEUTRAL} with
 *     no readings
 * @param polarityCounts readings per top polarity label, every polarity present; never null
 * @param trend recent against older readings, or null when either side has too few readings
 */
public record ItemEmotionProfile(
    String item,
    Instant time,
    int readings,
    double meanValence,
    double meanArousal,
    EmotionDistribution emotions,
    Map<Polarity, Integer> polarityCounts,
    Trend trend) {

  /** Validates and copies. */
  public ItemEmotionProfile {
    Arguments.requireNonBlank(item, "item");
    Objects.requireNonNull(time, "time is required");
    Arguments.requireAtLeast(readings, 0, "readings");
    Arguments.requireInRange(meanValence, -1, 1, "meanValence");
    Arguments.requireInRange(meanArousal, 0, 1, "meanArousal");
    Objects.requireNonNull(emotions, "emotions is required");
    Objects.requireNonNull(polarityCounts, "polarityCounts is required");
    EnumMap<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
    for (Polarity polarity : Polarity.values()) {
      counts.put(polarity, polarityCounts.getOrDefault(polarity, 0));
    }
    polarityCounts = Collections.unmodifiableMap(counts);
  }

  /** The trend, empty when there were too few recent or older readings. */
  public Optional<Trend> trendIfKnown() {
    return Optional.ofNullable(trend);
  }
}
