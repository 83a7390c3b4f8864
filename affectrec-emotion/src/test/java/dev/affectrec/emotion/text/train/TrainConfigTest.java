package dev.affectrec.emotion.text.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainConfigTest {

  @Test
  void aTaskEntryReplacesTheIterationsOfThatHeadOnly() {
    TrainConfig d = TrainConfig.defaults();
    assertThat(d.iterations("goemotions")).isEqualTo(300);
    assertThat(d.iterations("goemotions-ekman")).isEqualTo(d.iterations());
    assertThat(d.withSeed(7).seed()).isEqualTo(7);
    assertThat(d.withSeed(7).taskIterations()).isEqualTo(d.taskIterations());
  }

  @Test
  void aTaskEntryBelowOneIsRejectedByName() {
    assertThatThrownBy(
            () ->
                new TrainConfig(
                    1, 1, Map.of(), 1e-4, 1e-5, 60, Map.of("carer", 0), 100, MlpConfig.off()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taskIterations.carer");
  }
}
