package dev.affectrec.analytics.trend;

import dev.affectrec.analytics.ReadReview;
import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.api.InputException;
import dev.affectrec.api.emotion.Emotion;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Computes trends over a {@link ReviewLog}. Stateless. */
public final class Trends {
  /** Buckets a trend may have at most; a longer range asks for a coarser bucket. */
  public static final int MAX_BUCKETS = 1_000;

  private Trends() {}

  /**
   * The trend {@code query} asks for: every bucket from the one holding {@code from} (or the first
   * matching review) to the one holding the last instant before {@code to} (or the last matching
   * review), empty buckets included. No matching review and no range give an empty list.
   *
   * @throws InputException when the range holds more than {@value #MAX_BUCKETS} buckets
   */
  public static List<TrendPoint> compute(ReviewLog log, TrendQuery query) {
    Predicate<ReadReview> inScope = scope(log, query);
    List<ReadReview> matching =
        log.reviews().stream()
            .filter(r -> query.from() == null || !r.time().isBefore(query.from()))
            .filter(r -> query.to() == null || r.time().isBefore(query.to()))
            .filter(inScope)
            .toList();
    TrendBucket bucket = query.bucket();
    LocalDate first =
        query.from() != null
            ? bucket.start(query.from())
            : matching.isEmpty() ? null : bucket.start(matching.get(0).time());
    LocalDate last =
        query.to() != null
            ? bucket.start(query.to().minusNanos(1))
            : matching.isEmpty() ? null : bucket.start(matching.get(matching.size() - 1).time());
    if (first == null || last == null) {
      return List.of();
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = bucket.next(d)) {
      starts.add(d);
      if (starts.size() > MAX_BUCKETS) {
        throw new InputException(
            "from .. to holds more than "
                + MAX_BUCKETS
                + " buckets of a "
                + bucket.wireName()
                + "; choose a coarser bucket or a shorter range");
      }
    }
    List<List<ReadReview>> perBucket = new ArrayList<>();
    starts.forEach(s -> perBucket.add(new ArrayList<>()));
    int index = 0;
    for (ReadReview review : matching) {
      LocalDate start = bucket.start(review.time());
      while (starts.get(index).isBefore(start)) {
        index++;
      }
      perBucket.get(index).add(review);
    }
    List<TrendPoint> points = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      points.add(point(starts.get(i), perBucket.get(i)));
    }
    return points;
  }

  /** The first instant of the bucket starting on {@code day}, for views. */
  public static java.time.Instant instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Predicate<ReadReview> scope(ReviewLog log, TrendQuery query) {
    return switch (query.scope()) {
      case ALL -> r -> true;
      case ITEM -> r -> r.item().equals(query.id());
      case CATEGORY -> r -> log.categoriesOf(r.item()).contains(query.id());
      case SEGMENT -> {
        Predicate<String> members = Segments.members(query.id(), log);
        yield r -> members.test(r.user());
      }
    };
  }

  private static TrendPoint point(LocalDate start, List<ReadReview> reviews) {
    Map<Emotion, Double> mix = new EnumMap<>(Emotion.class);
    for (Emotion emotion : Emotion.values()) {
      mix.put(emotion, 0.0);
    }
    double valence = 0;
    int negative = 0;
    for (ReadReview review : reviews) {
      for (Emotion emotion : Emotion.values()) {
        mix.merge(emotion, review.reading().emotions().probability(emotion), Double::sum);
      }
      valence += review.reading().valence();
      negative += review.negative() ? 1 : 0;
    }
    int n = reviews.size();
    if (n > 0) {
      mix.replaceAll((emotion, sum) -> sum / n);
    }
    return new TrendPoint(
        start, n, mix, n == 0 ? 0 : valence / n, n == 0 ? 0 : (double) negative / n);
  }
}
