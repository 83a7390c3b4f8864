package dev.affectrec.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Modality;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionConfigTest {
  private static final Map<Modality, Double> OK = FusionConfig.DEFAULT_RELIABILITY;

  @Test
  void defaultsAreValidAndDecayHalvesPerHalfLife() {
    FusionConfig config = FusionConfig.defaults();
    assertThat(config.reliabilityOf(Modality.TEXT)).isEqualTo(1.0);
    assertThat(config.decay(0)).isEqualTo(1.0);
    assertThat(config.decay(12 * 3600)).isCloseTo(0.5, within(1e-15));
    assertThat(config.decay(24 * 3600)).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void badValuesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ZERO, 0.05, 1, 0.5, 0.2))
        .hasMessageContaining("halfLife");
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ofHours(-1), 0.05, 1, 0.5, 0.2))
        .hasMessageContaining("halfLife");
    assertThatThrownBy(
            () ->
                new FusionConfig(
                    Map.of(Modality.TEXT, 1.0, Modality.FACE, 1.0),
                    Duration.ofHours(1),
                    0.05,
                    1,
                    0.5,
                    0.2))
        .hasMessageContaining("reliability.behaviour is required");
    assertThatThrownBy(
            () ->
                new FusionConfig(
                    Map.of(Modality.TEXT, 1.0, Modality.FACE, 1.5, Modality.BEHAVIOUR, 0.5),
                    Duration.ofHours(1),
                    0.05,
                    1,
                    0.5,
                    0.2))
        .hasMessageContaining("reliability.face");
    assertThatThrownBy(
            () ->
                new FusionConfig(
                    Map.of(
                        Modality.TEXT,
                        1.0,
                        Modality.FACE,
                        1.0,
                        Modality.BEHAVIOUR,
                        0.5,
                        Modality.FUSED,
                        1.0),
                    Duration.ofHours(1),
                    0.05,
                    1,
                    0.5,
                    0.2))
        .hasMessageContaining("fused");
    assertThatThrownBy(
            () ->
                new FusionConfig(
                    Map.of(Modality.TEXT, 0.0, Modality.FACE, 0.0, Modality.BEHAVIOUR, 0.0),
                    Duration.ofHours(1),
                    0.05,
                    1,
                    0.5,
                    0.2))
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ofHours(1), 1.0, 1, 0.5, 0.2))
        .hasMessageContaining("minConfidence");
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ofHours(1), 0.05, 0, 0.5, 0.2))
        .hasMessageContaining("evidencePrior");
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ofHours(1), 0.05, Double.NaN, 0.5, 0.2))
        .hasMessageContaining("evidencePrior");
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ofHours(1), 0.05, 1, 1.5, 0.2))
        .hasMessageContaining("disagreementPenalty");
    assertThatThrownBy(() -> new FusionConfig(OK, Duration.ofHours(1), 0.05, 1, 0.5, -0.1))
        .hasMessageContaining("valenceConflictThreshold");
  }

  @Test
  void copiesReplaceOneField() {
    FusionConfig config =
        FusionConfig.defaults()
            .withHalfLife(Duration.ofMinutes(30))
            .withReliability(
                Map.of(Modality.TEXT, 0.9, Modality.FACE, 0.1, Modality.BEHAVIOUR, 0.2));
    assertThat(config.halfLife()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.reliabilityOf(Modality.FACE)).isEqualTo(0.1);
    assertThat(config.minConfidence()).isEqualTo(0.05);
  }

  @Test
  void reliabilitiesAreLearnedFromAccuracyAboveChance() {
    Map<Modality, Double> learned =
        ReliabilityCalibration.fromAccuracy(
            Map.of(Modality.TEXT, 0.8, Modality.BEHAVIOUR, 0.4, Modality.FACE, 1.0), 0.5);
    assertThat(learned.get(Modality.TEXT)).isCloseTo(0.6, within(1e-12));
    assertThat(learned.get(Modality.BEHAVIOUR)).isZero();
    assertThat(learned.get(Modality.FACE)).isEqualTo(1.0);
    assertThat(FusionConfig.defaults().withReliability(learned).reliabilityOf(Modality.TEXT))
        .isCloseTo(0.6, within(1e-12));
    assertThatThrownBy(() -> ReliabilityCalibration.fromAccuracy(Map.of(Modality.TEXT, 0.8), 1.0))
        .hasMessageContaining("chance");
    assertThatThrownBy(() -> ReliabilityCalibration.fromAccuracy(Map.of(Modality.TEXT, 1.2), 0.5))
        .hasMessageContaining("accuracy.text");
  }
}
