package dev.affectrec.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.emotion.ModalityContribution;

/** Compares two fused results up to rounding. */
final class StateAssertions {
  private static final double TOLERANCE = 1e-9;

  private StateAssertions() {}

  static void assertSameState(FusionResult actual, FusionResult expected) {
    EmotionState a = actual.state();
    EmotionState e = expected.state();
    assertThat(a.time()).isEqualTo(e.time());
    double[] pa = a.emotions().toArray();
    double[] pe = e.emotions().toArray();
    for (int i = 0; i < pa.length; i++) {
      assertThat(pa[i]).isCloseTo(pe[i], within(TOLERANCE));
    }
    assertThat(a.valence()).isCloseTo(e.valence(), within(TOLERANCE));
    assertThat(a.arousal()).isCloseTo(e.arousal(), within(TOLERANCE));
    assertThat(a.confidence()).isCloseTo(e.confidence(), within(TOLERANCE));
    assertThat(a.disagreement()).isCloseTo(e.disagreement(), within(TOLERANCE));
    assertThat(actual.disagreement().valenceConflict())
        .isEqualTo(expected.disagreement().valenceConflict());
    assertThat(actual.ignoredReadings()).isEqualTo(expected.ignoredReadings());
    assertThat(a.contributions()).hasSameSizeAs(e.contributions());
    for (int i = 0; i < a.contributions().size(); i++) {
      ModalityContribution ca = a.contributions().get(i);
      ModalityContribution ce = e.contributions().get(i);
      assertThat(ca.modality()).isEqualTo(ce.modality());
      assertThat(ca.weight()).isCloseTo(ce.weight(), within(TOLERANCE));
      assertThat(ca.confidence()).isCloseTo(ce.confidence(), within(TOLERANCE));
      assertThat(ca.readings()).isEqualTo(ce.readings());
      assertThat(ca.lastReading()).isEqualTo(ce.lastReading());
    }
  }
}
