package dev.affectrec.analytics.alert;

import dev.affectrec.analytics.NegativeEmotions;
import dev.affectrec.analytics.ReadReview;
import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.api.emotion.Emotion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Detects alerts in a {@link ReviewLog}. The recent window is the {@link AlertOptions#windowDays()}
 * days ending with the newest event in the store (not the wall clock, so an imported history is
 * analysed as of its own end); everything before it is the history.
 *
 * <p>Each item is tested on its own readings. A category is tested on its readings without those of
 * items that already have an alert, and the platform without those of flagged items and flagged
 * categories, so one item turning sour raises one alert rather than three, and a wider scope is
 * flagged only for a change its narrower alerts do not explain. A scope is flagged when the window
 * holds at least {@link AlertOptions#minRecent()} readings, its negative share exceeds the
 * history's rate by {@link AlertOptions#minIncrease()}, and the {@link RateComparison} puts the
 * probability of a higher rate at {@link AlertOptions#minProbability()} or more. Stateless.
 */
public final class Alerts {
  /** Characters of an example text at most. */
  public static final int EXAMPLE_CHARS = 300;

  private static final Comparator<Alert> MOST_SEVERE_FIRST =
      Comparator.comparingDouble(Alert::severity)
          .reversed()
          .thenComparing(Alert::scope)
          .thenComparing(a -> Objects.requireNonNullElse(a.id(), ""));

  private Alerts() {}

  /** The alerts of {@code log}, most severe first; empty when the store holds no event. */
  public static List<Alert> detect(ReviewLog log, AlertOptions options) {
    if (log.newestEvent().isEmpty()) {
      return List.of();
    }
    Instant to = log.newest();
    Instant from = to.minus(Duration.ofDays(options.windowDays()));
    Detector detector = new Detector(log, options, from, to);
    List<Alert> alerts = new ArrayList<>();
    Set<String> items = new TreeSet<>();
    Set<String> categories = new TreeSet<>();
    for (ReadReview review : log.reviews()) {
      items.add(review.item());
      categories.addAll(log.categoriesOf(review.item()));
    }
    for (String item : items) {
      detector.test(AlertScope.ITEM, item, r -> r.item().equals(item)).ifPresent(alerts::add);
    }
    Set<String> flagged = new HashSet<>();
    alerts.forEach(a -> flagged.add(a.id()));
    Predicate<ReadReview> unflagged = r -> !flagged.contains(r.item());
    for (String category : categories) {
      detector
          .test(
              AlertScope.CATEGORY,
              category,
              unflagged.and(r -> log.categoriesOf(r.item()).contains(category)))
          .ifPresent(alerts::add);
    }
    Set<String> flaggedCategories = new HashSet<>();
    alerts.stream()
        .filter(a -> a.scope() == AlertScope.CATEGORY)
        .forEach(a -> flaggedCategories.add(a.id()));
    detector
        .test(
            AlertScope.PLATFORM,
            null,
            unflagged.and(
                r -> log.categoriesOf(r.item()).stream().noneMatch(flaggedCategories::contains)))
        .ifPresent(alerts::add);
    alerts.sort(MOST_SEVERE_FIRST);
    return List.copyOf(alerts);
  }

  /** Tests one scope at a time against the platform's historical rate as prior. */
  private static final class Detector {
    private final ReviewLog log;
    private final AlertOptions options;
    private final Instant from;
    private final Instant to;
    private final double priorRate;

    Detector(ReviewLog log, AlertOptions options, Instant from, Instant to) {
      this.log = log;
      this.options = options;
      this.from = from;
      this.to = to;
      NegativeCounts history = new NegativeCounts(0, 0);
      for (ReadReview review : log.reviews()) {
        if (review.time().isBefore(from)) {
          history = history.plus(review.negative());
        }
      }
      this.priorRate = history.readings() == 0 ? 0.5 : history.share();
    }

    java.util.Optional<Alert> test(AlertScope scope, String id, Predicate<ReadReview> inScope) {
      NegativeCounts before = new NegativeCounts(0, 0);
      NegativeCounts after = new NegativeCounts(0, 0);
      List<ReadReview> recent = new ArrayList<>();
      for (ReadReview review : log.reviews()) {
        if (review.time().isAfter(to) || !inScope.test(review)) {
          continue;
        }
        if (review.time().isBefore(from)) {
          before = before.plus(review.negative());
        } else {
          after = after.plus(review.negative());
          recent.add(review);
        }
      }
      if (after.readings() < options.minRecent()) {
        return java.util.Optional.empty();
      }
      RateComparison rates = RateComparison.of(before, after, priorRate, options.priorReadings());
      if (rates.probability() < options.minProbability()
          || after.share() - rates.historyRate() < options.minIncrease()) {
        return java.util.Optional.empty();
      }
      Map<Emotion, Integer> emotions = new EnumMap<>(Emotion.class);
      for (Emotion emotion : Emotion.values()) {
        emotions.put(emotion, 0);
      }
      recent.forEach(r -> emotions.merge(r.reading().top(), 1, Integer::sum));
      Emotion emotion = null;
      for (Emotion candidate : Emotion.values()) {
        if (NegativeEmotions.isNegative(candidate)
            && (emotion == null || emotions.get(candidate) > emotions.get(emotion))) {
          emotion = candidate;
        }
      }
      double severity = after.negative() - after.readings() * rates.historyRate();
      AlertEvidence evidence =
          new AlertEvidence(
              from,
              to,
              before,
              after,
              rates.historyRate(),
              rates.probability(),
              emotions,
              examples(recent));
      return java.util.Optional.of(new Alert(scope, id, emotion, severity, evidence));
    }

    private List<AlertExample> examples(List<ReadReview> recent) {
      Set<AlertExample> examples = new LinkedHashSet<>();
      recent.stream()
          .filter(ReadReview::negative)
          .sorted(
              Comparator.comparingDouble((ReadReview r) -> NegativeEmotions.mass(r.reading()))
                  .reversed()
                  .thenComparing(ReadReview::eventId))
          .limit(options.examples())
          .forEach(
              r ->
                  examples.add(
                      new AlertExample(
                          r.eventId(),
                          r.item(),
                          r.time(),
                          r.reading().top(),
                          r.text().length() <= EXAMPLE_CHARS
                              ? r.text()
                              : r.text().substring(0, EXAMPLE_CHARS - 3) + "...")));
      return List.copyOf(examples);
    }
  }
}
