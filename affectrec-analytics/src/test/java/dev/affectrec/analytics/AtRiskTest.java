package dev.affectrec.analytics;

import static dev.affectrec.analytics.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.analytics.risk.AtRisk;
import dev.affectrec.analytics.risk.RocAuc;
import dev.affectrec.api.emotion.Emotion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AtRiskTest {
  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void aucCountsTiesHalfAndNeedsBothClasses() {
    assertThat(RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
        .isCloseTo(0.75, within(1e-12));
    assertThat(RocAuc.of(new double[] {0.5, 0.5}, new int[] {0, 1})).isEqualTo(0.5);
    assertThatThrownBy(() -> RocAuc.of(new double[] {0.5}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Users whose readings turn angry end with a 1-star review; every earlier rating is 4, so only
   * the trajectory can tell them apart.
   */
  private static ReviewLog log() {
    Random random = new Random(19);
    List<ReadReview> reviews = new ArrayList<>();
    for (int u = 0; u < 200; u++) {
      boolean souring = random.nextDouble() < 0.3;
      Instant t = T.plus(Duration.ofHours(u));
      for (int i = 0; i < 5; i++) {
        Emotion e = souring && i >= 2 ? Emotion.ANGER : Emotion.JOY;
        Double rating = souring && i == 4 ? 1.0 : 4.0;
        ReadReview r = review("u" + u, "i" + i, t.plus(Duration.ofDays(10L * i)), e, "text");
        reviews.add(
            new ReadReview(
                r.eventId(), r.user(), r.item(), r.time(), rating, r.text(), r.reading()));
      }
    }
    return new ReviewLog(reviews, Map.of(), Map.of(), T.plus(Duration.ofDays(60)));
  }

  @Test
  void theTrajectoryPredictsWhatRatingsAloneCannot() {
    AtRisk.Evaluation e = AtRisk.evaluate(log());

    assertThat(e.trainExamples() + e.devExamples()).isEqualTo(200 * 4);
    assertThat(e.devLow()).isPositive();
    assertThat(e.aucFull()).isGreaterThan(0.95);
    assertThat(e.aucFull()).isGreaterThan(e.aucRatingsOnly());
  }

  @Test
  void rankingPutsTheSouringUsersFirst() {
    List<AtRisk.UserRisk> ranked = AtRisk.rank(log(), 10);

    assertThat(ranked).hasSize(10);
    assertThat(ranked.get(0).risk()).isGreaterThan(0.5);
    assertThat(ranked).allMatch(u -> u.lastValence() < 0);
    assertThat(AtRisk.rank(new ReviewLog(List.of(), Map.of(), Map.of(), null), 5)).isEmpty();
  }
}
