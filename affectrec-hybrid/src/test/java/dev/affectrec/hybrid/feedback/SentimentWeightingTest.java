package dev.affectrec.hybrid.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.recommend.data.Interaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentimentWeightingTest {

  @Test
  void anAngryReviewRemovesThePositiveSignalAndJoyStrengthensIt() {
    var angry = Fixtures.reading("u", Emotion.ANGER, Fixtures.T0);
    var joy = Fixtures.reading("u", Emotion.JOY, Fixtures.T0);
    SentimentWeightingConfig s = SentimentWeightingConfig.SENTIMENT;
    assertThat(SentimentWeighting.weight(1, angry, s)).isZero();
    // joy valence 0.8, confidence 0.9: 1 + 0.5 * 0.72 = 1.36
    assertThat(SentimentWeighting.weight(1, joy, s)).isCloseTo(1.36f, within(1e-6f));
    assertThat(SentimentWeighting.weight(1, null, s)).isEqualTo(1);
    assertThat(SentimentWeighting.weight(1, angry, SentimentWeightingConfig.PLAIN)).isEqualTo(1);
  }

  @Test
  void applyDropsInteractionsWithoutPositiveSignal() {
    List<Interaction> in =
        List.of(new Interaction("u", "x", 1, 1), new Interaction("u", "y", 1, 2));
    List<Interaction> out =
        SentimentWeighting.apply(
            in,
            i ->
                i.item().equals("x")
                    ? Optional.of(Fixtures.reading("u", Emotion.ANGER, Fixtures.T0))
                    : Optional.empty(),
            SentimentWeightingConfig.SENTIMENT);
    assertThat(out).extracting(Interaction::item).containsExactly("y");
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
                new SentimentWeightingConfig(SentimentWeightingConfig.Mode.SENTIMENT, 0.5, 0, 0.5))
        .hasMessageContaining("negativeThreshold");
    assertThatThrownBy(
            () ->
                new SentimentWeightingConfig(SentimentWeightingConfig.Mode.SENTIMENT, -0.3, 2, 0.5))
        .hasMessageContaining("negativeWeight");
  }
}
