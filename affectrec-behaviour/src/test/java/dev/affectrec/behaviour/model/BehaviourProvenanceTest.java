package dev.affectrec.behaviour.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The random forest's provenance lists every field of its configuration and its clock's time. */
class BehaviourProvenanceTest {
  @Test
  void everyConfigComponentIsAProvenanceParameter() {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    TrainerConfig config = new TrainerConfig(3, 2, 0.5, 7L, true);
    var provenance =
        new BehaviourTrainer(config, Clock.fixed(now, ZoneOffset.UTC))
            .train(TrainingFixtures.synthetic(30, 1), "synthetic", Map.of(), Map.of())
            .provenance();
    assertThat(provenance.createdAt()).isEqualTo(now);
    for (RecordComponent component : TrainerConfig.class.getRecordComponents()) {
      assertThat(provenance.parameters()).containsKey(component.getName());
    }
    assertThat(provenance.parameters()).containsEntry("labelSource", "synthetic");
  }
}
