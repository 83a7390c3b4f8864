package dev.affectrec.api.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionDistributionTest {

  @Test
  void normalisesScoresAndFindsTop() {
    EmotionDistribution d = EmotionDistribution.normalised(0, 0, 0, 3, 1, 0, 0);
    assertThat(d.probability(Emotion.JOY)).isEqualTo(0.75);
    assertThat(d.top()).isEqualTo(Emotion.JOY);
    assertThat(d.toArray()).hasSize(7);
    assertThat(EmotionDistribution.normalised(1, 0, 1, 0, 0, 0, 0).top())
        .as("ties go to the label declared first")
        .isEqualTo(Emotion.values()[0]);
    assertThat(EmotionDistribution.UNIFORM.top())
        .as("a tie with neutral names none")
        .isEqualTo(Emotion.NEUTRAL);
    assertThat(EmotionDistribution.normalised(0, 0, 0, 1, 0, 0, 1).top())
        .isEqualTo(Emotion.NEUTRAL);
    assertThat(EmotionDistribution.fromMap(Map.of(Emotion.FEAR, 2.0)))
        .isEqualTo(EmotionDistribution.pointMass(Emotion.FEAR));
  }

  @Test
  void entropyIsZeroForPointMassAndOneForUniform() {
    assertThat(EmotionDistribution.NEUTRAL.normalisedEntropy()).isEqualTo(0.0);
    assertThat(EmotionDistribution.UNIFORM.normalisedEntropy()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void rejectsBadProbabilities() {
    assertThatThrownBy(() -> EmotionDistribution.of(0.5, 0.5)).hasMessageContaining("7");
    assertThatThrownBy(() -> EmotionDistribution.of(0.5, 0.6, 0, 0, 0, 0, 0))
        .hasMessageContaining("sum");
    assertThatThrownBy(() -> EmotionDistribution.of(-0.1, 1.1, 0, 0, 0, 0, 0))
        .hasMessageContaining("anger");
    assertThatThrownBy(() -> EmotionDistribution.normalised(0, 0, 0, 0, 0, 0, 0))
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> EmotionDistribution.normalised(0, 0, 0, Double.NaN, 0, 0, 0))
        .hasMessageContaining("joy");
  }

  @Test
  void circumplexIsTheWeightedMeanOfTheTable() {
    EmotionDistribution half = EmotionDistribution.of(0, 0, 0, 0.5, 0.5, 0, 0);
    assertThat(Circumplex.valence(half)).isCloseTo((0.8 - 0.7) / 2, within(1e-12));
    assertThat(Circumplex.arousal(half)).isCloseTo((0.6 + 0.2) / 2, within(1e-12));
    assertThat(Circumplex.valence(Emotion.ANGER)).isEqualTo(-0.7);
  }

  @Test
  void readingDerivesValenceAndArousalAndChecksRanges() {
    EmotionReading r =
        EmotionReading.derived(
            Modality.TEXT,
            Subject.user("u1"),
            Instant.EPOCH,
            EmotionDistribution.pointMass(Emotion.JOY),
            PolarityScores.normalised(0, 1, 3),
            0.7,
            0.9,
            "test-model",
            null);
    assertThat(r.valence()).isEqualTo(0.8);
    assertThat(r.top()).isEqualTo(Emotion.JOY);
    assertThat(r.polarity().label()).isEqualTo(Polarity.POSITIVE);
    assertThatThrownBy(
            () ->
                EmotionReading.derived(
                    Modality.TEXT,
                    Subject.user("u1"),
                    Instant.EPOCH,
                    EmotionDistribution.NEUTRAL,
                    PolarityScores.NEUTRAL,
                    0.5,
                    1.5,
                    "m",
                    null))
        .hasMessageContaining("confidence");
  }

  @Test
  void unknownStateIsNeutralWithZeroConfidence() {
    EmotionState s = EmotionState.unknown("u", Instant.EPOCH);
    assertThat(s.confidence()).isZero();
    assertThat(s.emotions().top()).isEqualTo(Emotion.NEUTRAL);
    assertThat(Emotion.fromWireName("joy")).contains(Emotion.JOY);
    assertThat(Emotion.fromWireName("happy")).isEmpty();
    assertThat(PolarityScores.NEUTRAL.label()).isEqualTo(Polarity.NEUTRAL);
  }
}
