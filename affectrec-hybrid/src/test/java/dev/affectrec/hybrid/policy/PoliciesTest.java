package dev.affectrec.hybrid.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.hybrid.profile.ItemEmotions;
import dev.affectrec.hybrid.profile.MoodFit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoliciesTest {
  private static final ItemEmotions ITEMS =
      new ItemEmotions(
          new float[] {0.8f, -0.6f, 0f},
          new float[] {0.2f, 0.8f, 0f},
          new int[] {3, 3, 0},
          new byte[] {3, 0, 6},
          3);

  private static EmotionState state(double valence, double arousal, double confidence) {
    return new EmotionState(
        "u",
        Instant.EPOCH,
        EmotionDistribution.NEUTRAL,
        valence,
        arousal,
        confidence,
        0,
        List.of());
  }

  @Test
  void moodFitIsOneMinusDistanceOverRootFive() {
    assertThat(MoodFit.fit(0, 0, 0, 0)).isEqualTo(1);
    assertThat(MoodFit.fit(-1, 0, 1, 1)).isEqualTo(0);
    assertThat(MoodFit.fit(0, 0.5, 0.5, 0.5)).isCloseTo(1 - 0.5 / Math.sqrt(5), within(1e-12));
  }

  @Test
  void policyBonusesMatchHandComputedValues() {
    EmotionState sad = state(-0.6, 0.8, 0.5);
    // evidence 3 / (3 + 3) = 0.5; item 0 sits on the regulating target: fit 1.
    assertThat(PolicyBonus.bonus(EmotionPolicy.MOOD_REGULATING, sad, ITEMS, 0))
        .isCloseTo(0.25, within(1e-6));
    // congruent with a sad state: item 1 is at the same point: fit 1.
    assertThat(PolicyBonus.bonus(EmotionPolicy.MOOD_CONGRUENT, sad, ITEMS, 1))
        .isCloseTo(0.25, within(1e-6));
    // item 0 from the sad point: distance sqrt(1.4^2 + 0.6^2).
    double fit = 1 - Math.sqrt(1.96 + 0.36) / Math.sqrt(5);
    assertThat(PolicyBonus.bonus(EmotionPolicy.MOOD_CONGRUENT, sad, ITEMS, 0))
        .isCloseTo(0.25 * fit, within(1e-6));
    assertThat(PolicyBonus.bonus(EmotionPolicy.NEUTRAL, sad, ITEMS, 0)).isZero();
    assertThat(PolicyBonus.bonus(EmotionPolicy.MOOD_REGULATING, state(0.5, 0.5, 1), ITEMS, 0))
        .isZero();
    assertThat(PolicyBonus.bonus(EmotionPolicy.MOOD_REGULATING, sad, ITEMS, 2)).isZero();
  }

  @Test
  void reputationIsShrunkValence() {
    assertThat(ITEMS.reputation(0)).isCloseTo(0.4, within(1e-6));
    assertThat(ITEMS.reputation(2)).isZero();
  }

  @Test
  void policiesHaveWireNames() {
    assertThat(EmotionPolicy.fromWireName("mood-regulating"))
        .contains(EmotionPolicy.MOOD_REGULATING);
    assertThat(EmotionPolicy.fromWireName("nope")).isEmpty();
  }

  /** Items 0 and 1 are duplicates; 2 is different. */
  private static final ItemSimilarity SIM =
      new ItemSimilarity() {
        @Override
        public double similarity(int a, int b) {
          return a == b || (a < 2 && b < 2) ? 1 : 0;
        }

        @Override
        public int[] neighbours(int item, int n) {
          return new int[0];
        }
      };

  @Test
  void mmrTradesRelevanceForDiversity() {
    List<Candidate> ranked =
        List.of(Candidate.of(0, 1.0), Candidate.of(1, 0.9), Candidate.of(2, 0.5));
    assertThat(new Mmr(1).rerank(ranked, 2, SIM)).extracting(Candidate::item).containsExactly(0, 1);
    // lambda 0.5: item 1 is worth 0.5*0.8 - 0.5*1 = -0.1, item 2 is worth 0.5*0 - 0 = 0.
    List<Candidate> diverse = new Mmr(0.5).rerank(ranked, 3, SIM);
    assertThat(diverse).extracting(Candidate::item).containsExactly(0, 2, 1);
    assertThat(diverse.get(0).score()).isGreaterThan(diverse.get(1).score());
    assertThatThrownBy(() -> new Mmr(1.5)).hasMessageContaining("lambda");
    assertThatThrownBy(() -> Candidate.of(-1, 0)).hasMessageContaining("item index");
  }
}
