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
   * the trajectory can tell them apart. Users start a day apart, so every time cut holds targets of
   * both kinds.
   */
  private static ReviewLog log() {
    Random random = new Random(19);
    List<ReadReview> reviews = new ArrayList<>();
    for (int u = 0; u < 200; u++) {
      boolean souring = random.nextDouble() < 0.3;
      Instant t = T.plus(Duration.ofDays(u));
      for (int i = 0; i < 5; i++) {
        Emotion e = souring && i >= 2 ? Emotion.ANGER : Emotion.JOY;
        Double rating = souring && i == 4 ? 1.0 : 4.0;
        ReadReview r = review("u" + u, "i" + i, t.plus(Duration.ofDays(10L * i)), e, "text");
        reviews.add(
            new ReadReview(
                r.eventId(), r.user(), r.item(), r.time(), rating, r.text(), r.reading()));
      }
    }
    return new ReviewLog(reviews, Map.of(), Map.of(), T.plus(Duration.ofDays(260)));
  }

  @Test
  void theTrajectoryPredictsWhatRatingsAloneCannot() {
    AtRisk.Evaluation e = AtRisk.evaluate(log());

    assertThat(e.examples()).isEqualTo(200 * 4);
    assertThat(e.low()).isPositive();
    assertThat(e.aucFull()).isGreaterThan(0.95);
    assertThat(e.aucFull()).isGreaterThan(e.aucRatingsOnly());
    assertThat(e.foldsServingFull()).as("the trajectory validated better").isEqualTo(AtRisk.FOLDS);
    assertThat(e.aucServed()).isEqualTo(e.aucFull());
    assertThat(e.aucDifferenceInterval()[0]).isPositive();
  }

  /** Ratings tell everything and readings are noise: ratings only must be served. */
  @Test
  void whenTheTrajectoryAddsNothingTheRatingsOnlyModelIsServed() {
    Random random = new Random(7);
    List<ReadReview> reviews = new ArrayList<>();
    Emotion[] noise = {Emotion.JOY, Emotion.ANGER, Emotion.SADNESS, Emotion.NEUTRAL};
    for (int u = 0; u < 200; u++) {
      boolean grumpy = random.nextDouble() < 0.3;
      Instant t = T.plus(Duration.ofDays(u));
      for (int i = 0; i < 5; i++) {
        ReadReview r =
            review(
                "u" + u,
                "i" + i,
                t.plus(Duration.ofDays(10L * i)),
                noise[random.nextInt(noise.length)],
                "text");
        double rating = grumpy ? 1 + random.nextInt(2) : 4 + random.nextInt(2);
        reviews.add(
            new ReadReview(
                r.eventId(), r.user(), r.item(), r.time(), rating, r.text(), r.reading()));
      }
    }
    ReviewLog log = new ReviewLog(reviews, Map.of(), Map.of(), T.plus(Duration.ofDays(260)));

    AtRisk.Evaluation e = AtRisk.evaluate(log);
    assertThat(e.aucRatingsOnly()).isGreaterThan(0.95);
    assertThat(e.foldsServingFull()).isLessThan(AtRisk.FOLDS);
    assertThat(AtRisk.rank(log, 5).model()).isEqualTo("ratings-only");
  }

  @Test
  void rankingPutsTheSouringUsersFirst() {
    AtRisk.Ranking ranking = AtRisk.rank(log(), 10);
    List<AtRisk.UserRisk> ranked = ranking.users();
    assertThat(ranking.model()).isEqualTo("trajectory+behaviour+ratings");

    assertThat(ranked).hasSize(10);
    // About 30% of users sour and one target in four is theirs: the base rate is about 8%.
    assertThat(ranked.get(0).risk()).isGreaterThan(0.3);
    assertThat(ranked).allMatch(u -> u.lastValence() < 0);
    assertThat(AtRisk.rank(new ReviewLog(List.of(), Map.of(), Map.of(), null), 5).users())
        .isEmpty();
  }
}
