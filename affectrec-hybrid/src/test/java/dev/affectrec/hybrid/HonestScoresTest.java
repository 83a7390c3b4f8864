package dev.affectrec.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.api.emotion.Emotion;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.RecommendationRequest.ItemReading;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.hybrid.model.HybridEmotionTrainer;
import dev.affectrec.hybrid.model.HybridTrainingConfig;
import dev.affectrec.hybrid.model.ServingConfig;
import dev.affectrec.hybrid.policy.EmotionPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A recommended item's score is its relevance under the model, scaled into [-1, 1]: it does not
 * depend on k or on the item's place in the list.
 */
class HonestScoresTest {
  private static final Instant NOW = Fixtures.T0.plusSeconds(3600);

  private static Map<String, Double> scores(
      HybridEmotionModel model, String user, int k, EmotionPolicy policy, List<ItemReading> r) {
    Recommendation rec =
        EmotionAwareRecommender.of(model)
            .recommend(new RecommendationRequest(user, k, policy, NOW, null, r, Set.of()));
    assertThat(rec.items()).isNotEmpty().hasSizeLessThanOrEqualTo(k);
    for (ScoredItem item : rec.items()) {
      assertThat(item.score()).as(item.item()).isBetween(-1.0, 1.0);
    }
    return rec.items().stream().collect(Collectors.toMap(ScoredItem::item, ScoredItem::score));
  }

  @Test
  void theSameItemScoresTheSameWhateverKAndRank() {
    HybridEmotionModel model = Fixtures.trainShop();
    List<ItemReading> angry =
        List.of(new ItemReading("x", Fixtures.reading("alice", Emotion.ANGER, NOW)));
    for (EmotionPolicy policy : EmotionPolicy.values()) {
      for (List<ItemReading> readings : List.of(List.<ItemReading>of(), angry)) {
        Map<String, Double> few = scores(model, "alice", 2, policy, readings);
        Map<String, Double> many = scores(model, "alice", 5, policy, readings);
        assertThat(many).as("%s %s", policy, readings).containsAllEntriesOf(few);
      }
    }
  }

  @Test
  void withoutDiversityTheListIsOrderedByScore() {
    HybridTrainingConfig plain = Fixtures.plainConfig();
    HybridTrainingConfig noMmr =
        new HybridTrainingConfig(
            plain.weighting(),
            plain.learn(),
            plain.learner(),
            plain.validationUsers(),
            plain.seed(),
            plain.fusion(),
            plain.itemProfiles(),
            plain.reputationPrior(),
            new ServingConfig(EmotionPolicy.MOOD_REGULATING, 0.3, 1, 100));
    HybridEmotionModel model =
        new HybridEmotionTrainer(Fixtures.itemKnnBase(), noMmr, Fixtures.shop().readings())
            .train(Fixtures.shop().data());
    Recommendation rec =
        EmotionAwareRecommender.of(model).recommend(RecommendationRequest.of("alice", 5, NOW));
    List<Double> scores = rec.items().stream().map(ScoredItem::score).toList();
    assertThat(scores).hasSize(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(scores.get(0)).isGreaterThan(scores.get(4));
    assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(-1.0, 1.0));
  }
}
