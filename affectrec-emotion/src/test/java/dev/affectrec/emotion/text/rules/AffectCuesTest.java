package dev.affectrec.emotion.text.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import org.junit.jupiter.api.Test;

class AffectCuesTest {

  private static AffectCues en(String text) {
    return AffectCues.of(text, false);
  }

  private static AffectCues zh(String text) {
    return AffectCues.of(text, true);
  }

  @Test
  void englishNegationFlipsTheWordsItGovernsWithinThreeWordsAndTheClause() {
    assertThat(en("not bad at all").valence()).isGreaterThan(1);
    assertThat(en("not bad at all").negated()).isTrue();
    assertThat(en("The food wasn't very good.").valence()).isLessThan(-1);
    assertThat(en("I don't think the room is wonderful.").valence()).isLessThan(-1);
    // Punctuation ends the negation's reach; so does distance.
    assertThat(en("No, it was good.").valence()).isGreaterThan(1);
    assertThat(en("Never have I seen such a wonderfully good film").valence()).isGreaterThan(1);
    // "couldn't be happier" is praise.
    assertThat(en("I couldn't be happier").valence()).isGreaterThan(1);
  }

  @Test
  void aContrastWordWeighsTheClauseAfterItAboveTheOneBefore() {
    AffectCues cues = en("The hotel was great but the service was terrible.");
    assertThat(cues.contrast()).isTrue();
    assertThat(cues.valence()).isLessThan(-1);
    assertThat(en("The service was terrible but the food was great.").valence()).isGreaterThan(1);
    assertThat(zh("环境很好，但是服务太差了。").valence()).isLessThan(0);
    assertThat(zh("服务很差，不过菜很好吃。").valence()).isGreaterThan(0);
  }

  @Test
  void chineseNegationFlipsPolarWordsButNotWordsThatOnlyStartWithANegationCharacter() {
    assertThat(zh("服务不是很好。").valence()).isLessThan(0);
    assertThat(zh("一点都不好吃").valence()).isLessThan(0);
    assertThat(zh("这个产品不差。").valence()).isGreaterThan(0);
    assertThat(zh("没有问题").valence()).isGreaterThan(0);
    // 非常, 特别 and 无比 intensify; they do not negate.
    assertThat(zh("非常好").valence()).isGreaterThan(0);
    assertThat(zh("特别好").valence()).isGreaterThan(0);
    assertThat(zh("无比开心").negated()).isFalse();
    // A single-character word counts only at a clause end or before a particle.
    assertThat(zh("好像下雨了").hits()).isZero();
    assertThat(zh("太好了").valence()).isGreaterThan(0);
  }

  @Test
  void statedEmotionsVoteUnlessNegated() {
    AffectCues furious = en("I am furious about my cancelled order");
    assertThat(furious.votes()[Emotion.ANGER.ordinal()]).isPositive();
    assertThat(furious.fired()).isTrue();
    assertThat(en("I was fed up with it").votes()[Emotion.ANGER.ordinal()]).isPositive();
    AffectCues notHappy = en("I am not happy");
    assertThat(notHappy.voteTotal()).isZero();
    assertThat(notHappy.valence()).isNegative();
    assertThat(zh("我很生气！").votes()[Emotion.ANGER.ordinal()]).isPositive();
    assertThat(zh("太恶心了").votes()[Emotion.DISGUST.ordinal()]).isPositive();
    assertThat(zh("今天好开心[哈哈]").votes()[Emotion.JOY.ordinal()]).isEqualTo(2.0);
    assertThat(en("I am furious 😡").symbolVotes()[Emotion.ANGER.ordinal()]).isEqualTo(1.0);
    assertThat(en("I am furious 😡").wordVotes()[Emotion.ANGER.ordinal()]).isEqualTo(1.0);
  }

  @Test
  void emojiAndEmoticonsAreReadAloneInTextOrGluedToChinese() {
    assertThat(en("😡").votes()[Emotion.ANGER.ordinal()]).isPositive();
    assertThat(en("❤️").votes()[Emotion.JOY.ordinal()]).isPositive();
    assertThat(en("so tired :(").votes()[Emotion.SADNESS.ordinal()]).isPositive();
    assertThat(en("see you soon :).").symbols()).isEqualTo(1);
    assertThat(zh("刚到家:)").votes()[Emotion.JOY.ordinal()]).isPositive();
    assertThat(en("😂😂").symbols()).isEqualTo(2);
    // Not emoticons: a URL, a list bracket.
    assertThat(en("see http://example.com/x").symbols()).isZero();
    assertThat(en("(see above):").symbols()).isZero();
  }

  @Test
  void plainTextFiresNoRule() {
    AffectCues cues = en("The meeting is at 3 pm.");
    assertThat(cues.hits()).isZero();
    assertThat(cues.fired()).isFalse();
    assertThat(en("The food was great.").fired()).isFalse();
  }
}
