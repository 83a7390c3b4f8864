package dev.affectrec.fusion;

import static dev.affectrec.fusion.Readings.T0;
import static dev.affectrec.fusion.Readings.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FusionAccumulatorTest {
  private static final FusionConfig CONFIG = FusionConfig.defaults();

  @Test
  void emptyAccumulatorIsUnknown() {
    FusionAccumulator empty = FusionAccumulator.empty("u1", CONFIG);
    assertThat(empty.newestReading()).isNull();
    assertThat(empty.user()).isEqualTo("u1");
    assertThat(empty.stateAt(T0).state().confidence()).isZero();
  }

  @Test
  void outOfOrderReadingIsDecayedToTheNewestOne() {
    FusionAccumulator acc =
        FusionAccumulator.empty("u1", CONFIG)
            .add(point(Modality.TEXT, Emotion.JOY, T0, 1.0))
            .add(point(Modality.TEXT, Emotion.ANGER, T0.minus(Duration.ofHours(12)), 1.0));
    assertThat(acc.newestReading()).isEqualTo(T0);
    FusionResult result = acc.stateAt(T0);
    assertThat(result.state().emotions().probability(Emotion.ANGER))
        .isCloseTo(1 / 3.0, within(1e-12));
    assertThat(result.state().confidence()).isCloseTo(1.5 / 2.5, within(1e-12));
  }

  @Test
  void lowConfidenceReadingIsCountedAsIgnored() {
    FusionResult result =
        FusionAccumulator.empty("u1", CONFIG)
            .add(point(Modality.FACE, Emotion.JOY, T0, 0.0))
            .stateAt(T0);
    assertThat(result.ignoredReadings()).isEqualTo(1);
    assertThat(result.state().confidence()).isZero();
  }

  @Test
  void stateBeforeTheNewestReadingIsRefused() {
    FusionAccumulator acc =
        FusionAccumulator.empty("u1", CONFIG).add(point(Modality.TEXT, Emotion.JOY, T0, 1.0));
    assertThatThrownBy(() -> acc.stateAt(T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the newest folded reading");
  }

  @Test
  void trajectoryHasOneStatePerDistinctTimeAndMatchesBatchAtEachTime() {
    Instant t1 = T0.plus(Duration.ofHours(1));
    Instant t2 = T0.plus(Duration.ofHours(5));
    List<EmotionReading> readings =
        List.of(
            point(Modality.FACE, Emotion.JOY, t2, 0.9),
            point(Modality.TEXT, Emotion.ANGER, T0, 1.0),
            point(Modality.BEHAVIOUR, Emotion.SADNESS, t1, 0.6),
            point(Modality.TEXT, Emotion.NEUTRAL, t1, 0.7));
    List<FusionResult> trajectory = EmotionHistory.trajectory("u1", readings, CONFIG);
    assertThat(trajectory).extracting(r -> r.state().time()).containsExactly(T0, t1, t2);
    for (FusionResult point : trajectory) {
      FusionResult batch = LateFusion.fuse("u1", readings, point.state().time(), CONFIG);
      StateAssertions.assertSameState(point, batch);
    }
    assertThat(trajectory.get(2).state().contributions()).hasSize(3);
    assertThat(EmotionHistory.trajectory("u1", List.of(), CONFIG)).isEmpty();
  }
}
