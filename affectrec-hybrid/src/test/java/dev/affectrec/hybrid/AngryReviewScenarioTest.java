package dev.affectrec.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.recommend.Reason;
import dev.affectrec.api.recommend.ReasonType;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.RecommendationRequest.ItemReading;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product scenario: an angry review of x turns x into better-loved alternatives. */
class AngryReviewScenarioTest {
  private static HybridEmotionModel model;

  @BeforeAll
  static void train() {
    model = Fixtures.trainShop();
  }

  /** {@code k} recommendations for {@code user} at {@code now}, given fresh item readings. */
  private static Recommendation recommend(
      String user, int k, EmotionPolicy policy, Instant now, List<ItemReading> readings) {
    return EmotionAwareRecommender.of(model)
        .recommend(new RecommendationRequest(user, k, policy, now, null, readings, Set.of()));
  }

  private static List<String> ids(Recommendation r) {
    return r.items().stream().map(ScoredItem::item).toList();
  }

  @Test
  void anAngryReviewOfXReplacesXWithSimilarItemsThatReviewersLoved() {
    Instant now = Fixtures.T0.plusSeconds(3600);

    Recommendation before = recommend("alice", 4, EmotionPolicy.NEUTRAL, now, List.of());
    assertThat(ids(before)).contains("x");

    // Alice buys x and writes an angry review of it.
    ItemReading angry = new ItemReading("x", Fixtures.reading("alice", Emotion.ANGER, now));
    Recommendation after = recommend("alice", 4, EmotionPolicy.NEUTRAL, now, List.of(angry));

    assertThat(ids(after)).doesNotContain("x").contains("y1", "y2");
    assertThat(ids(after).subList(0, 2)).containsExactlyInAnyOrder("y1", "y2");
    for (String alternative : List.of("y1", "y2")) {
      ScoredItem item =
          after.items().stream()
              .filter(i -> i.item().equals(alternative))
              .findFirst()
              .orElseThrow();
      Reason reason = item.reasons().get(0);
      assertThat(reason.type()).isEqualTo(ReasonType.ALTERNATIVE_TO);
      assertThat(reason.item()).isEqualTo("x");
      assertThat(reason.text()).contains("\"x\"");
      assertThat(reason.textZh()).contains("「x」");
    }
    // y3 is just as similar to x but its reviewers were angry: it is no alternative.
    assertThat(after.items())
        .filteredOn(i -> i.item().equals("y3"))
        .allSatisfy(
            i -> assertThat(i.reasons()).noneMatch(r -> r.type() == ReasonType.ALTERNATIVE_TO));
    assertThat(after.state().valence()).isNegative();
    assertThat(after.items())
        .allSatisfy(
            i -> {
              assertThat(i.reasons()).isNotEmpty();
              assertThat(i.reasons()).allSatisfy(r -> assertThat(r.textZh()).isNotBlank());
            });
  }

  @Test
  void aMoodRegulatingPolicyExplainsItsChoiceWithAMoodFitReason() {
    Instant now = Fixtures.T0.plusSeconds(3600);
    // A sad review of b1, an item with no similar, better-loved alternative.
    ItemReading sad = new ItemReading("b1", Fixtures.reading("alice", Emotion.SADNESS, now));
    Recommendation r = recommend("alice", 3, EmotionPolicy.MOOD_REGULATING, now, List.of(sad));
    assertThat(r.policy()).isEqualTo(EmotionPolicy.MOOD_REGULATING);
    assertThat(r.items()).isNotEmpty();
    List<String> ids = ids(r);
    // The loved y1 or y2 leads; MMR keeps their near-duplicate twin out of the next place.
    assertThat(ids.get(0)).isIn("y1", "y2");
    assertThat(r.items().get(0).reasons())
        .anyMatch(x -> x.type() == ReasonType.MOOD_FIT && x.emotion() == Emotion.JOY);
  }

  @Test
  void anUnknownUserWithOneReviewGetsRecommendationsFromIt() {
    Instant now = Fixtures.T0.plusSeconds(3600);
    ItemReading liked = new ItemReading("y1", Fixtures.reading("newcomer", Emotion.JOY, now));
    Recommendation r = recommend("newcomer", 3, null, now, List.of(liked));
    assertThat(ids(r)).isNotEmpty().doesNotContain("y1");
    assertThat(ids(r)).containsAnyOf("y2", "x", "y3", "a1");
    assertThat(r.state().valence()).isPositive();
  }
}
