package dev.affectrec.emotion.text.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.Emotion;
import org.junit.jupiter.api.Test;

class ReadingRulesTest {
  /** anger 0.6, neutral 0.3, joy 0.1 and a negative polarity: how a model misreads "not bad". */
  private static final double[] ANGRY = {0.6, 0, 0, 0.1, 0, 0, 0.3};

  private static final double[] NEGATIVE = {0.9, 0.1};

  @Test
  void aNegatedNegativeTurnsPolarityAndDropsTheNegativeEmotions() {
    ReadingRules.Adjusted out =
        ReadingRules.SHIPPED.apply(ANGRY, NEGATIVE, AffectCues.of("not bad at all", false));
    assertThat(out.polarity()[1]).isGreaterThan(out.polarity()[0]);
    assertThat(out.polarity()[0] + out.polarity()[1]).isEqualTo(1.0);
    assertThat(out.emotions()[Emotion.ANGER.ordinal()]).isLessThan(0.6 * 0.5);
  }

  @Test
  void aStatedEmotionWordOutweighsAnUnsureModel() {
    double[] unsure = {0.1, 0, 0, 0.1, 0, 0.45, 0.35};
    ReadingRules.Adjusted out =
        ReadingRules.SHIPPED.apply(
            unsure, NEGATIVE, AffectCues.of("I am furious about my cancelled order", false));
    assertThat(out.emotions()[Emotion.ANGER.ordinal()])
        .isGreaterThan(out.emotions()[Emotion.SURPRISE.ordinal()]);
  }

  @Test
  void anEmojiOutweighsEvenAConfidentModel() {
    double[] surprise = {0.1, 0, 0, 0, 0, 0.8, 0.1};
    ReadingRules.Adjusted out =
        ReadingRules.SHIPPED.apply(surprise, NEGATIVE, AffectCues.of("my order 😡", false));
    assertThat(out.emotions()[Emotion.ANGER.ordinal()])
        .isGreaterThan(out.emotions()[Emotion.SURPRISE.ordinal()]);
  }

  @Test
  void anEmotionWordWeighsLessInLongText() {
    double[] surprise = {0.1, 0, 0, 0, 0, 0.8, 0.1};
    String longText =
        "i feel furious when the parcel that was promised for monday arrives on friday"
            + " in a box that somebody clearly sat on during the trip";
    double shortAnger =
        ReadingRules.SHIPPED.apply(surprise, NEGATIVE, AffectCues.of("i feel furious", false))
            .emotions()[Emotion.ANGER.ordinal()];
    double longAnger =
        ReadingRules.SHIPPED.apply(surprise, NEGATIVE, AffectCues.of(longText, false))
            .emotions()[Emotion.ANGER.ordinal()];
    assertThat(longAnger).isGreaterThan(0.1).isLessThan(shortAnger);
  }

  @Test
  void plainTextAndTheEmptyRuleSetKeepTheModel() {
    AffectCues plain = AffectCues.of("The food was great.", false);
    ReadingRules.Adjusted kept = ReadingRules.SHIPPED.apply(ANGRY, NEGATIVE, plain);
    assertThat(kept.emotions()).containsExactly(ANGRY);
    assertThat(kept.polarity()).containsExactly(NEGATIVE);
    ReadingRules.Adjusted none =
        ReadingRules.NONE.apply(ANGRY, NEGATIVE, AffectCues.of("not bad at all 😂", false));
    assertThat(none.emotions()).containsExactly(ANGRY);
    assertThat(none.polarity()).containsExactly(NEGATIVE);
  }

  @Test
  void weightsOutsideTheirRangeAreRejected() {
    assertThatThrownBy(() -> new ReadingRules(0, 1.5, 0, 0, 0, 1, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firedWeight");
  }
}
