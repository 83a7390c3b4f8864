package dev.affectrec.hybrid.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.hybrid.Fixtures;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hybrid model's provenance lists every field of its configuration, nested ones flattened. */
class HybridProvenanceTest {
  @Test
  void everyConfigComponentIsAProvenanceParameter() {
    Map<String, String> parameters = Fixtures.trainShop().provenance().parameters();
    for (RecordComponent component : HybridTrainingConfig.class.getRecordComponents()) {
      String name = component.getName();
      assertThat(parameters.keySet())
          .as(name)
          .anyMatch(key -> key.equals(name) || key.startsWith(name + "."));
    }
    assertThat(parameters)
        .containsEntry("learner.k", String.valueOf(HybridTrainingConfig.defaults().learner().k()))
        .containsEntry("fusion.reliability.text", "1.0")
        .containsEntry("serving.policy", "mood-regulating")
        .containsEntry("weighting.mode", "plain")
        .containsKey("itemProfiles.recentWindow");
  }
}
