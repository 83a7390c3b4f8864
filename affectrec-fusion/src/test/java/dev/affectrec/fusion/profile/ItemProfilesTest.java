package dev.affectrec.fusion.profile;

import static dev.affectrec.fusion.Readings.T0;
import static dev.affectrec.fusion.Readings.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Polarity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemProfilesTest {
  private static final ItemProfileConfig ONE_PER_SIDE =
      new ItemProfileConfig(Duration.ofDays(30), 1, 0.1);
  private static final Instant OLD = T0.minus(Duration.ofDays(60));

  private static final List<EmotionReading> REVIEWS =
      List.of(
          point(Modality.TEXT, Emotion.ANGER, OLD, 1.0),
          point(Modality.TEXT, Emotion.SADNESS, OLD, 1.0),
          point(Modality.TEXT, Emotion.JOY, T0.minus(Duration.ofDays(1)), 1.0),
          point(Modality.TEXT, Emotion.JOY, T0, 0.5));

  @Test
  void aggregatesCountsMeansAndDistributionWeightedByConfidence() {
    ItemEmotionProfile profile = ItemProfiles.profile("i1", REVIEWS, T0, ONE_PER_SIDE);
    assertThat(profile.readings()).isEqualTo(4);
    // weights 1, 1, 1, 0.5: valence (-0.7 - 0.7 + 0.8 + 0.4) / 3.5
    assertThat(profile.meanValence()).isCloseTo(-0.2 / 3.5, within(1e-12));
    // arousal (0.8 + 0.2 + 0.6 + 0.3) / 3.5
    assertThat(profile.meanArousal()).isCloseTo(1.9 / 3.5, within(1e-12));
    assertThat(profile.emotions().probability(Emotion.JOY)).isCloseTo(1.5 / 3.5, within(1e-12));
    assertThat(profile.polarityCounts())
        .containsEntry(Polarity.NEGATIVE, 2)
        .containsEntry(Polarity.POSITIVE, 2)
        .containsEntry(Polarity.NEUTRAL, 0);
  }

  @Test
  void trendComparesRecentWithOlderReadings() {
    Trend trend =
        ItemProfiles.profile("i1", REVIEWS, T0, ONE_PER_SIDE).trendIfKnown().orElseThrow();
    assertThat(trend.recentReadings()).isEqualTo(2);
    assertThat(trend.olderReadings()).isEqualTo(2);
    assertThat(trend.recentValence()).isCloseTo(0.8, within(1e-12));
    assertThat(trend.olderValence()).isCloseTo(-0.7, within(1e-12));
    assertThat(trend.valenceChange()).isCloseTo(1.5, within(1e-12));
    assertThat(trend.direction()).isEqualTo(Trend.Direction.RISING);
  }

  @Test
  void noTrendWithTooFewReadingsOnOneSide() {
    ItemEmotionProfile profile =
        ItemProfiles.profile("i1", REVIEWS, T0, ItemProfileConfig.defaults());
    assertThat(profile.trendIfKnown()).isEmpty();
  }

  @Test
  void emptyItemIsNeutralWithNoTrendAndFutureReadingsAreLeftOut() {
    ItemEmotionProfile profile =
        ItemProfiles.profile("i1", REVIEWS, OLD.minusSeconds(1), ONE_PER_SIDE);
    assertThat(profile.readings()).isZero();
    assertThat(profile.emotions()).isEqualTo(EmotionDistribution.NEUTRAL);
    assertThat(profile.meanValence()).isZero();
    assertThat(profile.trend()).isNull();
  }

  @Test
  void zeroConfidenceReadingsCountEqually() {
    ItemEmotionProfile profile =
        ItemProfiles.profile(
            "i1",
            List.of(
                point(Modality.TEXT, Emotion.JOY, T0, 0),
                point(Modality.TEXT, Emotion.FEAR, T0, 0)),
            T0,
            ONE_PER_SIDE);
    assertThat(profile.meanValence()).isCloseTo(0.05, within(1e-12));
    assertThat(profile.emotions().probability(Emotion.FEAR)).isCloseTo(0.5, within(1e-12));
  }

  /** The trend of one old and one recent full-confidence text reading. */
  private static Trend.Direction trend(Emotion old, Emotion recent) {
    List<EmotionReading> readings =
        List.of(point(Modality.TEXT, old, OLD, 1.0), point(Modality.TEXT, recent, T0, 1.0));
    return ItemProfiles.profile("i1", readings, T0, ONE_PER_SIDE).trend().direction();
  }

  @Test
  void stableAndFallingTrends() {
    assertThat(trend(Emotion.JOY, Emotion.SADNESS)).isEqualTo(Trend.Direction.FALLING);
    assertThat(trend(Emotion.JOY, Emotion.JOY)).isEqualTo(Trend.Direction.STABLE);
  }

  @Test
  void badConfigAndInputAreRejected() {
    assertThatThrownBy(() -> new ItemProfileConfig(Duration.ZERO, 3, 0.1))
        .hasMessageContaining("recentWindow");
    assertThatThrownBy(() -> new ItemProfileConfig(Duration.ofDays(1), 0, 0.1))
        .hasMessageContaining("minReadingsPerSide");
    assertThatThrownBy(() -> new ItemProfileConfig(Duration.ofDays(1), 1, 3))
        .hasMessageContaining("stableBand");
    assertThatThrownBy(() -> ItemProfiles.profile("", REVIEWS, T0, ONE_PER_SIDE))
        .hasMessageContaining("item");
  }
}
