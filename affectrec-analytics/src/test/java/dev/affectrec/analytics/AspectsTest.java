package dev.affectrec.analytics;

import static dev.affectrec.analytics.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.analytics.aspect.AspectCount;
import dev.affectrec.analytics.aspect.AspectLexicon;
import dev.affectrec.analytics.aspect.AspectMiner;
import dev.affectrec.analytics.aspect.ItemAspects;
import dev.affectrec.api.emotion.Emotion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AspectsTest {
  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void seedTermsMatchWholeEnglishWordsAndChineseSubstrings() {
    AspectLexicon seed = AspectLexicon.seed();

    assertThat(seed.mentions("Shipping took forever and the SMELL is awful"))
        .containsExactly("delivery", "smell");
    assertThat(seed.mentions("物流很快，但是质量一般，客服态度差"))
        .containsExactly("delivery", "quality", "service");
    assertThat(seed.mentions("boxing gloves")).isEmpty(); // "box" is not a prefix match
  }

  @Test
  void minesFrequentNounsAndChineseAspectTermsBeyondTheSeed() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      texts.add("The pump broke after a week, and the pump is loud " + i);
      texts.add("屏幕很清楚，音质不错 " + i);
    }
    AspectLexicon lexicon = AspectMiner.mine(texts, 5);

    assertThat(lexicon.terms()).containsKeys("pump", "屏幕", "音质", "smell", "delivery");
    assertThat(lexicon.terms()).doesNotContainKeys("week", "after");
    assertThat(lexicon.mentions("屏幕太暗")).contains("屏幕");
  }

  @Test
  void itemAspectsPutTheMostComplainedAboutFirst() {
    List<ReadReview> reviews = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      reviews.add(review("u" + i, "a", T, Emotion.JOY, "Lovely scent, fair price"));
      reviews.add(
          review("v" + i, "a", T, Emotion.ANGER, "The bottle leaked all over, awful smell"));
    }
    reviews.add(review("w", "b", T, Emotion.ANGER, "late delivery"));
    ReviewLog log = new ReviewLog(reviews, Map.of(), Map.of(), T);

    List<AspectCount> aspects = ItemAspects.of(log, ItemAspects.lexicon(log), "a");

    assertThat(aspects.get(0)).isEqualTo(new AspectCount("smell", 10, 5));
    assertThat(aspects).extracting(AspectCount::aspect).contains("packaging", "price");
    assertThat(aspects).extracting(AspectCount::aspect).doesNotContain("delivery");
    assertThat(
            aspects.stream()
                .filter(a -> a.aspect().equals("price"))
                .findFirst()
                .orElseThrow()
                .negativeShare())
        .isZero();
  }
}
