package dev.affectrec.behaviour.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.PolarityScores;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The model file shipped in the jar is a frozen older file: it must keep loading. */
class ShippedModelTest {
  @Test
  void shippedModelLoadsWithItsProvenanceAndPredicts() throws IOException {
    BehaviourModel model = BehaviourModel.loadDefault();
    assertThat(model.provenance().component()).isEqualTo("behaviour-random-forest");
    assertThat(model.provenance().seed()).isEqualTo(42L);
    assertThat(model.provenance().parameters())
        .containsEntry("trees", "30")
        .containsEntry("labelSource", SessionOutcome.TARGET);
    assertThat(model.provenance().datasets()).containsKey("movielens-100k/u.data");
    assertThat(model.provenance().metrics().get("movielens-100k.dev.auc"))
        .isCloseTo(0.6989, within(1e-4));
    assertThat(model.reliability().orElseThrow()).isCloseTo(0.2513, within(1e-4));
    PolarityScores scores = model.predict(TrainingFixtures.synthetic(1, 3).get(0).features());
    assertThat(scores.negative() + scores.neutral() + scores.positive())
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void theHeaderAloneGivesTheShippedProvenanceAndReliability() throws IOException {
    BehaviourModel model = BehaviourModel.loadDefault();
    assertThat(BehaviourModel.defaultProvenance()).isEqualTo(model.provenance());
    assertThat(BehaviourModel.reliability(BehaviourModel.defaultProvenance()))
        .isEqualTo(model.reliability());
  }
}
