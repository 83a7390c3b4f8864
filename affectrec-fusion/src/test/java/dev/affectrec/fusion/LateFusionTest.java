package dev.affectrec.fusion;

import static dev.affectrec.fusion.Readings.T0;
import static dev.affectrec.fusion.Readings.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.ModalityContribution;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateFusionTest {
  private static final FusionConfig CONFIG = FusionConfig.defaults();
  private static final double EPS = 1e-12;

  /** Fuses {@code readings} of user u1 at {@code T0} with the default configuration. */
  private static FusionResult fuseAtT0(EmotionReading... readings) {
    return LateFusion.fuse("u1", List.of(readings), T0, CONFIG);
  }

  @Test
  void singleFreshTextReadingHasConfidenceFromTheEvidencePrior() {
    FusionResult result = fuseAtT0(point(Modality.TEXT, Emotion.JOY, T0, 1.0));
    EmotionState state = result.state();
    // E = 1, A = 1 * 1, confidence = 1 / (1 + 1)
    assertThat(state.confidence()).isCloseTo(0.5, within(EPS));
    assertThat(state.emotions()).isEqualTo(EmotionDistribution.pointMass(Emotion.JOY));
    assertThat(state.valence()).isCloseTo(0.8, within(EPS));
    assertThat(state.arousal()).isCloseTo(0.6, within(EPS));
    assertThat(state.disagreement()).isZero();
    assertThat(state.contributions()).hasSize(1);
    ModalityContribution text = state.contributions().get(0);
    assertThat(text.modality()).isEqualTo(Modality.TEXT);
    assertThat(text.weight()).isCloseTo(1.0, within(EPS));
    assertThat(text.confidence()).isCloseTo(0.5, within(EPS));
    assertThat(text.readings()).isEqualTo(1);
    assertThat(text.lastReading()).isEqualTo(T0);
  }

  @Test
  void angryTextAndHappyFaceAreReportedAsConflictNotAveragedAway() {
    FusionResult result =
        fuseAtT0(
            point(Modality.TEXT, Emotion.ANGER, T0, 1.0),
            point(Modality.FACE, Emotion.JOY, T0, 1.0));
    EmotionState state = result.state();
    // raw weights: text 1 * 1 = 1, face 0.8 * 1 = 0.8; normalised 1/1.8 and 0.8/1.8
    assertThat(state.emotions().probability(Emotion.ANGER)).isCloseTo(1 / 1.8, within(EPS));
    assertThat(state.emotions().probability(Emotion.JOY)).isCloseTo(0.8 / 1.8, within(EPS));
    // valence (-0.7 * 1 + 0.8 * 0.8) / 1.8
    assertThat(state.valence()).isCloseTo(-0.06 / 1.8, within(EPS));
    // disjoint point masses: JS = 1 bit
    assertThat(state.disagreement()).isCloseTo(1.0, within(EPS));
    // A = 1.8: 1.8 / 2.8 * (1 - 0.5 * 1)
    assertThat(state.confidence()).isCloseTo(1.8 / 2.8 * 0.5, within(EPS));
    Disagreement disagreement = result.disagreement();
    assertThat(disagreement.valenceConflict()).isTrue();
    assertThat(disagreement.pairs()).hasSize(1);
    ModalityPair pair = disagreement.pairs().get(0);
    assertThat(pair.first()).isEqualTo(Modality.TEXT);
    assertThat(pair.second()).isEqualTo(Modality.FACE);
    assertThat(pair.valenceGap()).isCloseTo(-1.5, within(EPS));
  }

  @Test
  void agreeingModalitiesAreMoreConfidentThanConflictingOnes() {
    FusionResult agree =
        fuseAtT0(
            point(Modality.TEXT, Emotion.JOY, T0, 1.0), point(Modality.FACE, Emotion.JOY, T0, 1.0));
    assertThat(agree.state().disagreement()).isZero();
    assertThat(agree.disagreement().valenceConflict()).isFalse();
    assertThat(agree.state().confidence()).isCloseTo(1.8 / 2.8, within(EPS));
  }

  @Test
  void olderReadingWeighsLessByHalfLife() {
    FusionResult result =
        fuseAtT0(
            point(Modality.TEXT, Emotion.ANGER, T0.minus(Duration.ofHours(12)), 1.0),
            point(Modality.TEXT, Emotion.JOY, T0, 1.0));
    EmotionState state = result.state();
    // evidence 0.5 (one half-life old) and 1
    assertThat(state.emotions().probability(Emotion.ANGER)).isCloseTo(1 / 3.0, within(EPS));
    assertThat(state.emotions().probability(Emotion.JOY)).isCloseTo(2 / 3.0, within(EPS));
    assertThat(state.valence()).isCloseTo((0.5 * -0.7 + 0.8) / 1.5, within(EPS));
    assertThat(state.confidence()).isCloseTo(1.5 / 2.5, within(EPS));
  }

  @Test
  void confidenceFallsAsEvidenceAges() {
    List<dev.affectrec.api.emotion.EmotionReading> one =
        List.of(point(Modality.TEXT, Emotion.JOY, T0, 1.0));
    double fresh = LateFusion.fuse("u1", one, T0, CONFIG).state().confidence();
    double halfDay =
        LateFusion.fuse("u1", one, T0.plus(Duration.ofHours(12)), CONFIG).state().confidence();
    assertThat(fresh).isCloseTo(0.5, within(EPS));
    assertThat(halfDay).isCloseTo(0.5 / 1.5, within(EPS));
  }

  @Test
  void behaviourAloneIsWeightedByItsLowerReliability() {
    FusionResult result = fuseAtT0(point(Modality.BEHAVIOUR, Emotion.SADNESS, T0, 0.8));
    // E = 0.8, A = 0.5 * 0.8 = 0.4
    assertThat(result.state().confidence()).isCloseTo(0.4 / 1.4, within(EPS));
    ModalityContribution behaviour = result.state().contributions().get(0);
    assertThat(behaviour.weight()).isCloseTo(1.0, within(EPS));
    assertThat(behaviour.confidence()).isCloseTo(0.8 / 1.8, within(EPS));
    assertThat(result.state().emotions().top()).isEqualTo(Emotion.SADNESS);
  }

  @Test
  void allNeutralInputGivesNeutralStateWithoutDisagreement() {
    FusionResult result =
        fuseAtT0(
            point(Modality.TEXT, Emotion.NEUTRAL, T0, 1.0),
            point(Modality.BEHAVIOUR, Emotion.NEUTRAL, T0, 1.0),
            point(Modality.FACE, Emotion.NEUTRAL, T0, 1.0));
    EmotionState state = result.state();
    assertThat(state.emotions()).isEqualTo(EmotionDistribution.NEUTRAL);
    assertThat(state.valence()).isCloseTo(0, within(EPS));
    assertThat(state.disagreement()).isCloseTo(0, within(EPS));
    assertThat(result.disagreement().pairs()).hasSize(3);
    assertThat(state.confidence()).isCloseTo(2.3 / 3.3, within(EPS));
    List<ModalityContribution> contributions = state.contributions();
    assertThat(contributions.get(0).weight()).isCloseTo(1 / 2.3, within(EPS));
    assertThat(contributions.get(1).weight()).isCloseTo(0.5 / 2.3, within(EPS));
    assertThat(contributions.get(2).weight()).isCloseTo(0.8 / 2.3, within(EPS));
  }

  @Test
  void emptyInputIsTheUnknownStateWithZeroConfidence() {
    FusionResult result = fuseAtT0();
    assertThat(result.state()).isEqualTo(EmotionState.unknown("u1", T0));
    assertThat(result.disagreement()).isEqualTo(Disagreement.NONE);
  }

  @Test
  void lowConfidenceReadingsAreIgnoredAndCounted() {
    FusionResult result = fuseAtT0(point(Modality.FACE, Emotion.JOY, T0, 0.01));
    assertThat(result.state().confidence()).isZero();
    assertThat(result.ignoredReadings()).isEqualTo(1);
  }

  @Test
  void zeroConfidenceReadingIsListedButCarriesNoWeight() {
    FusionConfig noFloor =
        new FusionConfig(FusionConfig.DEFAULT_RELIABILITY, Duration.ofHours(12), 0, 1, 0.5, 0.2);
    FusionResult result =
        LateFusion.fuse("u1", List.of(point(Modality.FACE, Emotion.JOY, T0, 0)), T0, noFloor);
    assertThat(result.state().confidence()).isZero();
    assertThat(result.state().contributions()).hasSize(1);
    assertThat(result.state().contributions().get(0).weight()).isZero();
  }

  @Test
  void readingsAfterTheStateTimeAreNotYetKnown() {
    FusionResult result = fuseAtT0(point(Modality.TEXT, Emotion.JOY, T0.plusSeconds(1), 1.0));
    assertThat(result.state().confidence()).isZero();
    assertThat(result.state().contributions()).isEmpty();
  }

  @Test
  void fusedReadingsAndBlankUsersAreRejected() {
    assertThatThrownBy(() -> fuseAtT0(point(Modality.FUSED, Emotion.JOY, T0, 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fused");
    assertThatThrownBy(() -> LateFusion.fuse(" ", List.of(), T0, CONFIG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user");
  }
}
