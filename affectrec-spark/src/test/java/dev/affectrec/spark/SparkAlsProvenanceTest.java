package dev.affectrec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.recommend.data.Interaction;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark ALS model records every field of its configuration, and the time of its clock. */
class SparkAlsProvenanceTest {
  @Test
  void everyConfigComponentIsAProvenanceParameter() {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    SparkAlsConfig config = new SparkAlsConfig(true, 2, 2, 0.1, 1, true, 7);
    InteractionMatrix data =
        InteractionMatrix.of(
            List.of(
                new Interaction("u1", "a", 1, 0),
                new Interaction("u1", "b", 1, 1),
                new Interaction("u2", "b", 1, 2)));
    var provenance =
        new SparkAlsTrainer(config).train(data, Clock.fixed(now, ZoneOffset.UTC)).provenance();
    assertThat(provenance.createdAt()).isEqualTo(now);
    for (RecordComponent component : SparkAlsConfig.class.getRecordComponents()) {
      assertThat(provenance.parameters()).containsKey(component.getName());
    }
  }
}
