package dev.affectrec.emotion.text.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
  void anEmojiDecidesATextTheEnglishModelReadsAsNeutral() {
    double[] neutral = {0.05, 0, 0, 0.05, 0, 0.1, 0.8};
    ReadingRules.Adjusted out =
        ReadingRules.SHIPPED.apply(neutral, NEGATIVE, AffectCues.of("my order 😡", false));
    // doubt 1 - 0.1 = 0.9, so the symbol weighs 0.7 * 0.9 = 0.63
    assertThat(out.emotions()[Emotion.ANGER.ordinal()]).isCloseTo(0.05 * 0.37 + 0.63, within(1e-9));
    assertThat(out.emotions()[Emotion.ANGER.ordinal()])
        .isGreaterThan(out.emotions()[Emotion.NEUTRAL.ordinal()]);
  }

  @Test
  void anEmojiWeighsByTheEnglishModelsDoubtButInChineseInFull() {
    double[] surprise = {0.1, 0, 0, 0, 0, 0.8, 0.1};
    double[] english =
        ReadingRules.SHIPPED
            .apply(surprise, NEGATIVE, AffectCues.of("my order 😡", false))
            .emotions();
    // the English model is sure (0.8), so the symbol weighs 0.7 * 0.2 = 0.14: surprise stays top
    assertThat(english[Emotion.ANGER.ordinal()]).isCloseTo(0.1 * 0.86 + 0.14, within(1e-9));
    assertThat(english[Emotion.SURPRISE.ordinal()]).isGreaterThan(english[Emotion.ANGER.ordinal()]);
    double[] chinese =
        ReadingRules.SHIPPED.apply(surprise, NEGATIVE, AffectCues.of("我的订单😡", true)).emotions();
    assertThat(chinese[Emotion.ANGER.ordinal()]).isCloseTo(0.1 * 0.3 + 0.7, within(1e-9));
    assertThat(chinese[Emotion.ANGER.ordinal()]).isGreaterThan(chinese[Emotion.SURPRISE.ordinal()]);
  }

  @Test
  void theConsistencyShrinkWeighsLessInLongText() {
    double[] positive = {0.1, 0.9};
    AffectCues shortCues = AffectCues.of("not bad at all", false);
    AffectCues longCues =
        AffectCues.of(
            "not bad at all, and we will see what the rest of the week brings for the team"
                + " and the people who work there",
            false);
    double shortAnger = ReadingRules.SHIPPED.apply(ANGRY, positive, shortCues).emotions()[0];
    double longAnger = ReadingRules.SHIPPED.apply(ANGRY, positive, longCues).emotions()[0];
    assertThat(shortAnger).isCloseTo(0.6 * 0.3, within(1e-9));
    assertThat(longAnger).isCloseTo(0.6 * (1 - 0.7 * 10 / longCues.words()), within(1e-9));
    assertThat(longAnger).isGreaterThan(shortAnger).isLessThan(0.6);
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
