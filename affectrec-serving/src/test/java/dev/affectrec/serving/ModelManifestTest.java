package dev.affectrec.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelManifestTest {
  private static ModelManifest trainedOn(long events, long millis) {
    return new ModelManifest(
        "v1", Instant.EPOCH, events, 0, 10, 20, 30, 0, millis, "ease", Map.of(), "blend");
  }

  @Test
  void expectsATrainingTimeInProportionToTheEvents() {
    assertThat(trainedOn(100_000, 20_000).expectedTrainMillis(100_000)).isEqualTo(20_000);
    assertThat(trainedOn(100_000, 20_000).expectedTrainMillis(150_000)).isEqualTo(30_000);
    assertThat(trainedOn(100_000, 0).expectedTrainMillis(150_000)).as("at least 1 ms").isOne();
  }

  @Test
  void aModelTrainedOnNoEventGivesNoEstimate() {
    assertThat(trainedOn(0, 5).expectedTrainMillis(1_000)).isEqualTo(-1);
  }
}
