package dev.affectrec.hybrid.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.api.satisfaction.Satisfaction;
import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.recommend.data.Interaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SatisfactionWeightingTest {

  @Test
  void aDislikeRemovesThePositiveSignalAndDelightStrengthensIt() {
    SatisfactionWeightingConfig s = SatisfactionWeightingConfig.SATISFACTION;
    Satisfaction twoStars = RatingScale.FIVE_STARS.satisfaction(2);
    Satisfaction fiveStars = RatingScale.FIVE_STARS.satisfaction(5);
    assertThat(SatisfactionWeighting.weight(1, twoStars, s)).isZero();
    assertThat(SatisfactionWeighting.weight(1, fiveStars, s)).isEqualTo(1.5f);
    assertThat(SatisfactionWeighting.weight(1, RatingScale.FIVE_STARS.satisfaction(3), s))
        .isEqualTo(1);
    assertThat(SatisfactionWeighting.weight(1, null, s)).isEqualTo(1);
    assertThat(SatisfactionWeighting.weight(1, twoStars, SatisfactionWeightingConfig.PLAIN))
        .isEqualTo(1);
  }

  @Test
  void anAngryReviewReadingIsADislikeAndJoyALike() {
    SatisfactionEstimates text =
        SatisfactionEstimates.readings(
            i ->
                Optional.of(
                    Fixtures.reading(
                        "u", i.item().equals("x") ? Emotion.ANGER : Emotion.JOY, Fixtures.T0)),
            1);
    List<Interaction> in =
        List.of(new Interaction("u", "x", 1, 1), new Interaction("u", "y", 1, 2));
    List<Interaction> out =
        SatisfactionWeighting.apply(in, text, SatisfactionWeightingConfig.SATISFACTION);
    assertThat(out).extracting(Interaction::item).containsExactly("y");
    assertThat(out.get(0).value()).isGreaterThan(1);
  }

  @Test
  void ratingsAndReadingsCombineAndTheDefaultUsesBoth() {
    SatisfactionEstimates both =
        SatisfactionEstimates.combining(
            List.of(
                SatisfactionEstimates.ratings(RatingScale.FIVE_STARS),
                SatisfactionEstimates.readings(
                    i -> Optional.of(Fixtures.reading("u", Emotion.ANGER, Fixtures.T0)), 1)));
    // 4 stars but an angry review: the two estimates pull apart and the result is less happy.
    Satisfaction s = both.of(new Interaction("u", "x", 4, 1)).orElseThrow();
    assertThat(s.value()).isLessThan(0.5);
    assertThat(s.confidence()).isEqualTo(1);
    assertThat(SatisfactionEstimates.NONE.happyOrUnknown(new Interaction("u", "x", 1, 1))).isTrue();
    assertThat(
            SatisfactionEstimates.ratings(RatingScale.FIVE_STARS)
                .happyOrUnknown(new Interaction("u", "x", 3, 1)))
        .isFalse();
  }

  @Test
  void starProxyMapsRatingsToValence() {
    assertThat(StarRatingProxy.reading("u", 5, 10).valence()).isEqualTo(1);
    assertThat(StarRatingProxy.reading("u", 1, 10).valence()).isEqualTo(-1);
    assertThat(StarRatingProxy.reading("u", 3, 10).top()).isEqualTo(Emotion.NEUTRAL);
    assertThat(new StarRatingProxy().of(new Interaction("u", "i", 4, 1))).isPresent();
  }

  @Test
  void rejectsBadConfig() {
    assertThatThrownBy(
            () ->
                new SatisfactionWeightingConfig(
                    SatisfactionWeightingConfig.Mode.SATISFACTION, 0.5, 0, 0.5))
        .hasMessageContaining("negativeThreshold");
    assertThatThrownBy(
            () ->
                new SatisfactionWeightingConfig(
                    SatisfactionWeightingConfig.Mode.SATISFACTION, -0.3, 2, 0.5))
        .hasMessageContaining("negativeWeight");
  }
}
