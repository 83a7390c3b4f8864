package dev.affectrec.eval.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.affectrec.api.satisfaction.RatingScale;
import dev.affectrec.eval.metric.Exposure;
import dev.affectrec.eval.metric.Interval;
import dev.affectrec.eval.report.JsonReport;
import dev.affectrec.eval.report.MarkdownTable;
import dev.affectrec.eval.split.Split;
import dev.affectrec.recommend.algorithm.AlgorithmContext;
import dev.affectrec.recommend.algorithm.AlgorithmRegistry;
import dev.affectrec.recommend.algorithm.AlgorithmSpec;
import dev.affectrec.recommend.data.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction-aware metrics on hand-built lists: most-popular ranks i1, i2, i3, ... for every
 * test user (each trained only on items nobody else has), so each user's top 2 is [i1, i2].
 */
class SatisfactionMetricsTest {
  private static final double NDCG_AT_RANK_2 = 1 / (Math.log(3) / Math.log(2));

  /** Fillers make i1 the most popular, then i2, ... i5; they have no test data. */
  private static Split split() {
    List<Interaction> train = new ArrayList<>();
    for (int f = 1; f <= 5; f++) {
      for (int i = 1; i <= 6 - f; i++) {
        train.add(new Interaction("f" + f, "i" + i, 5, 1));
      }
    }
    // Cold users (1 training interaction): a, b, d. Warm user c (4 training interactions).
    for (String user : List.of("a", "b", "d")) {
      train.add(new Interaction(user, "own-" + user, 5, 1));
    }
    for (int n = 0; n < 4; n++) {
      train.add(new Interaction("c", "own-c" + n, 5, 1));
    }
    List<Interaction> test =
        List.of(
            new Interaction("a", "i1", 5, 2), // happy, ranked 1st
            new Interaction("a", "i2", 1, 2), // unhappy, ranked 2nd: 1 of 2 shown
            new Interaction("b", "i3", 2, 2), // unhappy, not shown; b has no happy item
            new Interaction("c", "i2", 4, 2), // happy, ranked 2nd
            new Interaction("d", "i1", 3, 2)); // neither happy nor unhappy
    return new Split("hand-built", train, test);
  }

  private static AlgorithmResult run(RatingScale scale) {
    EvaluationReport report =
        new EvaluationHarness(
                AlgorithmRegistry.discover(),
                new AlgorithmContext(Map.of(), 1, Map.of(), scale),
                2,
                null)
            .run("hand-built", "fixed", List.of(split()), List.of(AlgorithmSpec.parse("popular")));
    return report.results().get(0);
  }

  @Test
  void happyMetricsCountOnlyHappyItemsAndLeaveOutUsersWithoutOne() {
    AlgorithmResult r = run(RatingScale.FIVE_STARS);
    Interval happyNdcg = r.metric("happy-ndcg@2");
    assertThat(happyNdcg.n()).as("a and c have a happy item; b and d do not").isEqualTo(2);
    assertThat(happyNdcg.mean()).isCloseTo((1 + NDCG_AT_RANK_2) / 2, within(1e-9));
    assertThat(r.metric("happy-hit@2").mean()).isEqualTo(1.0);
    assertThat(r.metric("happy-hit@1").mean()).as("only a's happy item is first").isEqualTo(0.5);
    // Plain NDCG counts every held-out item and every user: a 1, b 0, c 0.63, d 1.
    Interval plain = r.metric("ndcg@2");
    assertThat(plain.n()).isEqualTo(4);
    double idealTwo = 1 + NDCG_AT_RANK_2;
    assertThat(plain.mean())
        .isCloseTo((idealTwo / idealTwo + 0 + NDCG_AT_RANK_2 + 1) / 4, within(1e-9));
  }

  @Test
  void unhappyExposureIsPerThousandRecommendedOverEveryRankedUser() {
    Interval unhappy = run(RatingScale.FIVE_STARS).metric("unhappy-per-1k@2");
    assertThat(unhappy.n()).isEqualTo(4);
    assertThat(unhappy.mean()).as("a saw 1 of 2 (500), b, c, d saw none").isEqualTo(125.0);
    assertThat(unhappy.halfWidth()).isPositive();
    assertThat(Exposure.unhappyPerThousand(new int[] {1, 2, 3}, Set.of(3, 9), 10))
        .as("a list shorter than k counts what was shown")
        .isCloseTo(1000.0 / 3, within(1e-9));
    assertThat(Exposure.unhappyPerThousand(new int[0], Set.of(3), 10)).isNaN();
  }

  @Test
  void coldSliceHoldsHappyUsersWithAtMostThreeTrainingInteractions() {
    AlgorithmResult r = run(RatingScale.FIVE_STARS);
    assertThat(r.metric("cold-happy-ndcg@2").n())
        .as("a only: c is warm, b and d unhappy")
        .isEqualTo(1);
    assertThat(r.metric("cold-happy-ndcg@2").mean()).isEqualTo(1.0);
    assertThat(r.metric("cold-happy-hit@2").mean()).isEqualTo(1.0);
  }

  @Test
  void implicitFeedbackMakesHappyEqualPlainAndLeavesExposureUndefined() {
    AlgorithmResult r = run(null);
    assertThat(r.metric("happy-ndcg@2")).isEqualTo(r.metric("ndcg@2"));
    assertThat(r.metric("happy-hit@10")).isEqualTo(r.metric("hit@10"));
    assertThat(r.metric("unhappy-per-1k@2").n()).isZero();
    assertThat(r.metric("cold-happy-ndcg@2").n()).as("a, b and d are cold").isEqualTo(3);
  }

  @Test
  void reportsPrintTheMetricsAndTheirDefinitions() {
    EvaluationReport rated =
        new EvaluationReport(
            "d",
            "p",
            2,
            List.of(2),
            1,
            "users",
            List.of(run(RatingScale.FIVE_STARS)),
            RatingScale.FIVE_STARS);
    String table = MarkdownTable.render(rated);
    assertThat(table)
        .contains("| ndcg@2 | happy-ndcg@2 | happy-hit@2 | unhappy-per-1k@2 |")
        .contains("125.0 ±")
        .contains("users with no happy held-out item are left out of the mean");
    assertThat(JsonReport.render(rated)).contains("\"happy-ndcg@2\"").contains("\"definitions\"");
    EvaluationReport implicit =
        new EvaluationReport("d", "p", 2, List.of(2), 1, "users", List.of(run(null)), null);
    assertThat(MarkdownTable.render(implicit)).contains("| n/a |").contains("Implicit feedback");
    assertThat(JsonReport.render(implicit)).contains("\"ratingScale\" : null");
  }
}
