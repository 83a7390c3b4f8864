package dev.affectrec.api.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.emotion.EmotionDistribution;
import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.PolarityScores;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.EventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SatisfactionTest {
  private static final RatingScale STARS = RatingScale.FIVE_STARS;

  @Test
  void fiveStarRatingsMapLinearlyAndSplitIntoHappyAndUnhappy() {
    assertThat(STARS.satisfaction(1).value()).isEqualTo(-1);
    assertThat(STARS.satisfaction(2).value()).isEqualTo(-0.5);
    assertThat(STARS.satisfaction(3).value()).isEqualTo(0);
    assertThat(STARS.satisfaction(4).value()).isEqualTo(0.5);
    assertThat(STARS.satisfaction(5).value()).isEqualTo(1);
    assertThat(STARS.satisfaction(9).value()).isEqualTo(1);
    assertThat(STARS.satisfaction(4).isHappy()).isTrue();
    assertThat(STARS.satisfaction(3).isHappy()).isFalse();
    assertThat(STARS.satisfaction(3).isUnhappy()).isFalse();
    assertThat(STARS.satisfaction(2).isUnhappy()).isTrue();
  }

  @Test
  void combinationWeighsByConfidenceAndGrowsMoreCertain() {
    Satisfaction c =
        Satisfaction.combine(List.of(new Satisfaction(1, 0.5), new Satisfaction(-1, 0.25)));
    assertThat(c.value()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(c.confidence()).isCloseTo(1 - 0.5 * 0.75, within(1e-9));
    Satisfaction none = Satisfaction.combine(List.of(new Satisfaction(1, 0)));
    assertThat(none.confidence()).isZero();
    assertThat(none.isHappy()).isFalse();
  }

  @Test
  void eventsThatStateDispleasureAreNegativeAndChoicesSayNothing() {
    assertThat(SatisfactionSignals.ofEvent(EventType.RETURN, null, STARS).orElseThrow().isUnhappy())
        .isTrue();
    assertThat(SatisfactionSignals.ofEvent(EventType.DISLIKE, null, STARS).orElseThrow().value())
        .isEqualTo(-1);
    assertThat(SatisfactionSignals.ofEvent(EventType.DWELL, 3.0, STARS).orElseThrow().value())
        .isNegative();
    assertThat(SatisfactionSignals.ofEvent(EventType.DWELL, 120.0, STARS)).isEmpty();
    assertThat(SatisfactionSignals.ofEvent(EventType.PURCHASE, null, STARS)).isEmpty();
    assertThat(SatisfactionSignals.ofEvent(EventType.REVIEW, null, STARS)).isEmpty();
    assertThat(SatisfactionSignals.ofEvent(EventType.RATE, 5.0, STARS).orElseThrow().isHappy())
        .isTrue();
    assertThat(SatisfactionSignals.ofEvent(EventType.LIKE, null, STARS).orElseThrow().isHappy())
        .isTrue();
  }

  @Test
  void readingsCountTheirPolarityScaledByConfidenceAndReliability() {
    EmotionReading angry =
        EmotionReading.derived(
            Modality.TEXT,
            Subject.user("u"),
            Instant.EPOCH,
            EmotionDistribution.pointMass(Emotion.ANGER),
            new PolarityScores(0.9, 0.1, 0),
            0.8,
            0.8,
            "test",
            null);
    Satisfaction s = SatisfactionSignals.ofReading(angry, 0.5);
    assertThat(s.value()).isCloseTo(-0.9, within(1e-9));
    assertThat(s.confidence()).isCloseTo(0.4, within(1e-9));
    assertThat(s.isUnhappy()).isTrue();
    assertThatThrownBy(() -> SatisfactionSignals.ofReading(angry, 2))
        .hasMessageContaining("reliability");
  }

  @Test
  void onlyColumnsThatLookLikeStarRatingsHaveAScale() {
    assertThat(RatingScale.infer(new float[] {1, 4, 5, 3})).contains(STARS);
    assertThat(RatingScale.infer(new float[] {1, 1, 1})).isEmpty();
    assertThat(RatingScale.infer(new float[] {1, 7, 2})).isEmpty();
    assertThatThrownBy(() -> new RatingScale(5, 1)).hasMessageContaining("min < max");
    assertThatThrownBy(() -> new Satisfaction(2, 1)).hasMessageContaining("value");
  }
}
