package dev.affectrec.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.hybrid.model.HybridEmotionModel;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A user who has seen every item of the catalogue gets an empty list, not an error (found from an
 * empty store: six users who each bought all four items got a 500).
 */
class EverythingSeenTest {
  @Test
  void aUserWhoHasSeenEveryItemGetsAnEmptyList() {
    HybridEmotionModel model = Fixtures.trainShop();
    Set<String> all = new HashSet<>();
    for (int i = 0; i < model.items().size(); i++) {
      all.add(model.items().id(i));
    }
    Recommendation rec =
        EmotionAwareRecommender.of(model)
            .recommend(
                new RecommendationRequest(
                    "alice", 5, null, Instant.parse("2026-11-21T10:00:00Z"), null, List.of(), all));
    assertThat(rec.items()).isEmpty();
  }
}
