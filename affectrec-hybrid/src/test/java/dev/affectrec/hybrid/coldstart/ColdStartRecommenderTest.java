package dev.affectrec.hybrid.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.recommend.ReasonType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.fusion.profile.ItemProfileConfig;
import dev.affectrec.hybrid.Fixtures;
import dev.affectrec.hybrid.profile.EmotionProfiles;
import dev.affectrec.recommend.content.HashingTextEncoder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColdStartRecommenderTest {
  private static final Map<String, String> TEXTS =
      Map.of(
          "serum", "hydrating face serum with vitamin c",
          "shampoo", "volumizing shampoo for fine hair",
          "cream", "rich face cream with vitamin e");

  @Test
  void aSingleReviewTextFindsMatchingItemsAndANewItemIsRecommendableAtOnce() {
    var profiles =
        EmotionProfiles.items(
            Map.of(
                "cream",
                List.of(
                    Fixtures.reading("a", Emotion.JOY, Fixtures.T0),
                    Fixtures.reading("b", Emotion.JOY, Fixtures.T0))),
            Fixtures.T0,
            ItemProfileConfig.defaults());
    ColdStartRecommender cold =
        ColdStartRecommender.of(new HashingTextEncoder(256), TEXTS, profiles, 0.2, 0.2);
    var reading = Fixtures.reading("new", Emotion.JOY, Fixtures.T0);
    List<ScoredItem> recs = cold.recommend("I love this face serum", reading, 2, Set.of());
    assertThat(recs).extracting(ScoredItem::item).containsExactly("serum", "cream");
    assertThat(recs.get(0).reasons()).anyMatch(r -> r.type() == ReasonType.SIMILAR_TO);
    assertThat(recs.get(1).reasons()).anyMatch(r -> r.type() == ReasonType.MOOD_FIT);

    ColdStartRecommender more = cold.withItem("conditioner", "smoothing conditioner for fine hair");
    assertThat(more.recommend("conditioner for fine hair", null, 1, Set.of()))
        .extracting(ScoredItem::item)
        .containsExactly("conditioner");
    assertThat(cold.recommend("serum", null, 3, Set.of("serum")))
        .extracting(ScoredItem::item)
        .doesNotContain("serum");
  }

  @Test
  void scoresAreInMinusOneToOneWhateverTheWeights() {
    ColdStartRecommender heavy =
        ColdStartRecommender.of(new HashingTextEncoder(256), TEXTS, Map.of(), 10, 10);
    List<ScoredItem> recs =
        heavy.recommend("hydrating face serum with vitamin c", null, 3, Set.of());
    assertThat(recs)
        .extracting(ScoredItem::score)
        .allSatisfy(s -> assertThat(s).isBetween(-1.0, 1.0));
    // The serum's text is the query: cosine 1, no profile, so its score is 1 / (1 + 10 + 10).
    assertThat(recs.get(0).score()).isCloseTo(1.0 / 21, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(
            () -> ColdStartRecommender.of(new HashingTextEncoder(8), TEXTS, Map.of(), -1, 0))
        .hasMessageContaining("moodWeight");
    ColdStartRecommender cold =
        ColdStartRecommender.of(new HashingTextEncoder(8), TEXTS, Map.of(), 0, 0);
    assertThatThrownBy(() -> cold.recommend("x", null, 0, Set.of())).hasMessageContaining("k");
    assertThatThrownBy(() -> cold.withItem(" ", "x")).hasMessageContaining("item");
  }
}
