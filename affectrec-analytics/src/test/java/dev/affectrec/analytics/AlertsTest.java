package dev.affectrec.analytics;

import static dev.affectrec.analytics.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.affectrec.analytics.alert.Alert;
import dev.affectrec.analytics.alert.AlertOptions;
import dev.affectrec.analytics.alert.AlertScope;
import dev.affectrec.analytics.alert.Alerts;
import dev.affectrec.analytics.alert.NegativeCounts;
import dev.affectrec.api.emotion.Emotion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertsTest {
  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** 60 days of history: items a, b, c and h1..h5, one review a day each, every tenth negative. */
  private static List<ReadReview> history() {
    List<ReadReview> reviews = new ArrayList<>();
    List<String> items = List.of("a", "b", "c", "h1", "h2", "h3", "h4", "h5");
    for (int day = 0; day < 60; day++) {
      for (String item : items) {
        Emotion e = (day + item.length()) % 10 == 0 ? Emotion.SADNESS : Emotion.JOY;
        reviews.add(review("u" + day, item, START.plus(Duration.ofDays(day)), e, "ok " + day));
      }
    }
    return reviews;
  }

  private static ReviewLog log(List<ReadReview> reviews) {
    Map<String, List<String>> categories = new HashMap<>();
    for (String h : List.of("h1", "h2", "h3", "h4", "h5")) {
      categories.put(h, List.of("hair"));
    }
    categories.put("a", List.of("soap"));
    Instant newest = reviews.stream().map(ReadReview::time).max(Instant::compareTo).orElseThrow();
    return new ReviewLog(reviews, categories, Map.of(), newest);
  }

  @Test
  void anItemTurningAngryIsTheOnlyAlertWithItsEvidence() {
    List<ReadReview> reviews = history();
    Instant windowDay = START.plus(Duration.ofDays(70));
    for (int i = 0; i < 20; i++) {
      Emotion e = i % 2 == 0 ? Emotion.ANGER : Emotion.DISGUST;
      Emotion shown = i < 11 ? Emotion.ANGER : e;
      reviews.add(review("n" + i, "a", windowDay.plusSeconds(i), shown, "the pump leaks " + i));
    }
    reviews.add(review("x", "b", windowDay, Emotion.JOY, "lovely"));

    List<Alert> alerts = Alerts.detect(log(reviews), AlertOptions.DEFAULTS);

    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.scope()).isEqualTo(AlertScope.ITEM);
    assertThat(alert.id()).isEqualTo("a");
    assertThat(alert.emotion()).isEqualTo(Emotion.ANGER);
    assertThat(alert.evidence().after()).isEqualTo(new NegativeCounts(20, 20));
    assertThat(alert.evidence().before().readings()).isEqualTo(60);
    assertThat(alert.evidence().before().negative()).isEqualTo(6);
    assertThat(alert.evidence().probability()).isGreaterThan(0.99);
    assertThat(alert.evidence().examples()).hasSize(3);
    assertThat(alert.evidence().examples().get(0).text()).startsWith("the pump leaks");
    assertThat(alert.severity()).isGreaterThan(15);
    assertThat(alert.evidence().windowTo()).isEqualTo(windowDay.plusSeconds(19));
  }

  @Test
  void fewNegativeReadingsPerItemStillFlagTheirCategory() {
    List<ReadReview> reviews = history();
    Instant windowDay = START.plus(Duration.ofDays(70));
    for (String h : List.of("h1", "h2", "h3", "h4", "h5")) {
      for (int i = 0; i < 3; i++) {
        reviews.add(review("m" + i, h, windowDay.plusSeconds(i), Emotion.DISGUST, "greasy"));
      }
    }

    List<Alert> alerts = Alerts.detect(log(reviews), AlertOptions.DEFAULTS);

    assertThat(alerts)
        .extracting(Alert::scope, Alert::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertScope.CATEGORY, "hair"));
    assertThat(alerts.get(0).emotion()).isEqualTo(Emotion.DISGUST);
    assertThat(alerts.get(0).evidence().after()).isEqualTo(new NegativeCounts(15, 15));
  }

  @Test
  void aQuietWindowOrTooFewReadingsRaiseNothing() {
    List<ReadReview> reviews = history();
    Instant windowDay = START.plus(Duration.ofDays(70));
    for (int i = 0; i < 4; i++) {
      reviews.add(review("q" + i, "c", windowDay.plusSeconds(i), Emotion.ANGER, "bad"));
    }
    assertThat(Alerts.detect(log(history()), AlertOptions.DEFAULTS)).isEmpty();
    assertThat(Alerts.detect(log(reviews), AlertOptions.DEFAULTS))
        .noneMatch(a -> "c".equals(a.id()));
    assertThat(
            Alerts.detect(
                new ReviewLog(List.of(), Map.of(), Map.of(), null), AlertOptions.DEFAULTS))
        .isEmpty();
  }
}
