package dev.affectrec.bench.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicySimulationTest {

  @Test
  void theBanditSettlesOnTheBestPolicyInASeededSimulation() {
    Map<EmotionPolicy, Double> rates =
        Map.of(
            EmotionPolicy.MOOD_REGULATING, 0.12,
            EmotionPolicy.MOOD_CONGRUENT, 0.06,
            EmotionPolicy.NEUTRAL, 0.08);
    Map<EmotionPolicy, Integer> pulls = PolicySimulation.run("negative", rates, 5000, 42);
    assertThat(pulls.get(EmotionPolicy.MOOD_REGULATING)).isGreaterThan(4000);
  }
}
