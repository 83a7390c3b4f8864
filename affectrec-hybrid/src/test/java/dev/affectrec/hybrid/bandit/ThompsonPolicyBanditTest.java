package dev.affectrec.hybrid.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.event.EventType;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThompsonPolicyBanditTest {

  @Test
  void clicksRaiseAndShowsLowerThePosteriorMean() {
    ThompsonPolicyBandit bandit = new ThompsonPolicyBandit(1, 0.5);
    assertThat(bandit.mean("s", EmotionPolicy.NEUTRAL)).isEqualTo(0.5);
    bandit.observe("s", EmotionPolicy.NEUTRAL, EventType.RECOMMENDATION_SHOWN);
    assertThat(bandit.mean("s", EmotionPolicy.NEUTRAL)).isEqualTo(1.0 / 3);
    bandit.observe("s", EmotionPolicy.NEUTRAL, EventType.RECOMMENDATION_CLICKED);
    assertThat(bandit.mean("s", EmotionPolicy.NEUTRAL)).isEqualTo(2.0 / 3);
    bandit.observeReading("s", EmotionPolicy.NEUTRAL, -1);
    assertThat(bandit.mean("s", EmotionPolicy.NEUTRAL)).isEqualTo(2.0 / 3.5);
    bandit.observe("s", EmotionPolicy.NEUTRAL, EventType.VIEW);
    assertThat(bandit.mean("s", EmotionPolicy.NEUTRAL)).isEqualTo(2.0 / 3.5);
    assertThat(bandit.choose("s")).isNotNull();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new ThompsonPolicyBandit(1, 2)).hasMessageContaining("shaping");
    assertThatThrownBy(() -> new ThompsonPolicyBandit(1, 0).choose(" "))
        .hasMessageContaining("segment");
    assertThatThrownBy(() -> BetaSampler.sample(new SplittableRandom(1), 0, 1))
        .hasMessageContaining("positive");
  }

  @Test
  void betaSamplesHaveTheRightMean() {
    SplittableRandom r = new SplittableRandom(3);
    double sum = 0;
    for (int i = 0; i < 20000; i++) {
      sum += BetaSampler.sample(r, 2, 6);
    }
    assertThat(sum / 20000).isBetween(0.24, 0.26);
    double small = 0;
    for (int i = 0; i < 20000; i++) {
      small += BetaSampler.sample(r, 0.5, 0.5);
    }
    assertThat(small / 20000).isBetween(0.48, 0.52);
  }
}
