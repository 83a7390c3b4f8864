package dev.affectrec.analytics;

import static dev.affectrec.analytics.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.affectrec.analytics.trend.TrendBucket;
import dev.affectrec.analytics.trend.TrendPoint;
import dev.affectrec.analytics.trend.TrendQuery;
import dev.affectrec.analytics.trend.TrendScope;
import dev.affectrec.analytics.trend.Trends;
import dev.affectrec.api.InputException;
import dev.affectrec.api.emotion.Emotion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {
  private static final Instant MON = Instant.parse("2024-01-01T10:00:00Z"); // a Monday

  private final ReviewLog log =
      new ReviewLog(
          List.of(
              review("u1", "a", MON, Emotion.JOY, "nice"),
              review("u1", "a", MON.plusSeconds(3600), Emotion.ANGER, "bad"),
              review("u2", "b", MON.plusSeconds(86_400 * 2), Emotion.JOY, "fine"),
              review("u2", "a", MON.plusSeconds(86_400 * 8), Emotion.DISGUST, "awful"),
              review("u3", "b", MON.plusSeconds(86_400 * 40), Emotion.ANGER, "late")),
          Map.of("a", List.of("soap"), "b", List.of("soap", "hair")),
          Map.of("u1", 6L, "u2", 2L, "u3", 1L),
          MON.plusSeconds(86_400 * 40));

  @Test
  void reviewsTheModelCouldNotReadCountInNoMixOrShare() {
    ReviewLog withUnreadable =
        new ReviewLog(
            List.of(
                review("u1", "a", MON, Emotion.JOY, "nice"),
                Reviews.unreadable("u2", "a", MON.plusSeconds(60), "Der Service war schlecht.")),
            Map.of(),
            Map.of(),
            MON.plusSeconds(60));
    assertThat(withUnreadable.reviews()).extracting(ReadReview::text).containsExactly("nice");
    List<TrendPoint> points =
        Trends.compute(
            withUnreadable, new TrendQuery(TrendScope.ITEM, "a", null, null, TrendBucket.DAY));
    assertThat(points).hasSize(1);
    assertThat(points.get(0).negativeShare()).isZero();
  }

  @Test
  void dailyItemTrendListsEveryDayWithItsMixAndNegativeShare() {
    List<TrendPoint> points =
        Trends.compute(log, new TrendQuery(TrendScope.ITEM, "a", null, null, TrendBucket.DAY));

    assertThat(points).hasSize(9);
    assertThat(points.get(0).start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(points.get(0).readings()).isEqualTo(2);
    assertThat(points.get(0).negativeShare()).isEqualTo(0.5);
    assertThat(points.get(0).mix().get(Emotion.JOY))
        .isCloseTo(
            points.get(0).mix().get(Emotion.ANGER), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(points.get(1).readings()).isZero();
    assertThat(points.get(8).negativeShare()).isEqualTo(1.0);
    assertThat(points.get(8).valence()).isNegative();
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    List<TrendPoint> weeks =
        Trends.compute(log, new TrendQuery(TrendScope.ALL, null, null, null, TrendBucket.WEEK));
    assertThat(weeks).extracting(TrendPoint::readings).startsWith(3, 1);
    assertThat(weeks.get(1).start()).isEqualTo(LocalDate.of(2024, 1, 8));

    List<TrendPoint> months =
        Trends.compute(log, new TrendQuery(TrendScope.ALL, null, null, null, TrendBucket.MONTH));
    assertThat(months)
        .extracting(TrendPoint::start, TrendPoint::readings)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), 4),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 2, 1), 1));
  }

  @Test
  void categoriesSegmentsAndRangesSelectTheirReviews() {
    assertThat(
            Trends.compute(
                log, new TrendQuery(TrendScope.CATEGORY, "hair", null, null, TrendBucket.MONTH)))
        .extracting(TrendPoint::readings)
        .containsExactly(1, 1);
    assertThat(
            Trends.compute(
                log,
                new TrendQuery(
                    TrendScope.SEGMENT, "activity:active", null, null, TrendBucket.MONTH)))
        .extracting(TrendPoint::readings)
        .containsExactly(2);
    assertThat(
            Trends.compute(
                log,
                new TrendQuery(TrendScope.SEGMENT, "mood:anger", null, null, TrendBucket.MONTH)))
        .as("u1's joy and anger tie, so u1 counts as angry, like u3")
        .extracting(TrendPoint::readings)
        .containsExactly(2, 1);
    List<TrendPoint> ranged =
        Trends.compute(
            log,
            new TrendQuery(
                TrendScope.ALL,
                null,
                Instant.parse("2024-01-02T00:00:00Z"),
                Instant.parse("2024-01-05T00:00:00Z"),
                TrendBucket.DAY));
    assertThat(ranged).extracting(TrendPoint::readings).containsExactly(0, 1, 0);
  }

  @Test
  void invalidQueriesNameTheParameter() {
    assertThatThrownBy(() -> new TrendQuery(TrendScope.ITEM, null, null, null, TrendBucket.DAY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("id is required for scope item");
    assertThatThrownBy(
            () -> new TrendQuery(TrendScope.SEGMENT, "mood:bored", null, null, TrendBucket.DAY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("mood:bored");
    assertThatThrownBy(() -> TrendBucket.parse("hour"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'hour'");
    assertThatThrownBy(
            () ->
                Trends.compute(
                    log,
                    new TrendQuery(
                        TrendScope.ALL,
                        null,
                        Instant.parse("2000-01-01T00:00:00Z"),
                        Instant.parse("2024-01-01T00:00:00Z"),
                        TrendBucket.DAY)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("coarser bucket");
  }
}
