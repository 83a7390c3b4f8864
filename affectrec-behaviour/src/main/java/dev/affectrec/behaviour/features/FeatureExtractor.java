package dev.affectrec.behaviour.features;

import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.behaviour.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Computes {@link SessionFeatures} from a session. Thread-safe (immutable config only). */
public final class FeatureExtractor {
  private final FeatureConfig config;

  /** An extractor with {@code config}, never null. */
  public FeatureExtractor(FeatureConfig config) {
    this.config = Objects.requireNonNull(config, "config is required");
  }

  /**
   * The features of {@code session} given what was known about its user before it.
   *
   * @param session never null (a {@link Session} is never empty and always in time order)
   * @param history never null; {@link UserHistory#UNKNOWN} for an unknown user, in which case the
   *     rating deviation is 0 and the prior mean is the default
   * @return never null
   */
  public SessionFeatures extract(Session session, UserHistory history) {
    Objects.requireNonNull(session, "session is required");
    return extract(session.events(), session.start(), history);
  }

  /**
   * The features of the behaviour {@code events} of one user, which may be empty (an outcome with
   * nothing before it in its session: then only the time and the user's history say anything).
   *
   * @param events in time order, never null
   * @param start when the behaviour began (the first event's time, or the outcome's time when there
   *     is none), never null
   * @param history never null, as for {@link #extract(Session, UserHistory)}
   */
  public SessionFeatures extract(List<Event> events, Instant start, UserHistory history) {
    Objects.requireNonNull(events, "events is required");
    Objects.requireNonNull(start, "start is required");
    Objects.requireNonNull(history, "history is required");
    double[] v = new double[Feature.values().length];
    int n = events.size();
    double duration = n == 0 ? 0 : seconds(Duration.between(start, events.get(n - 1).time()));
    v[Feature.EVENT_COUNT.ordinal()] = n;
    v[Feature.DURATION_SECONDS.ordinal()] = duration;
    v[Feature.EVENTS_PER_MINUTE.ordinal()] = n / Math.max(duration / 60.0, 1.0);
    v[Feature.MEAN_GAP_SECONDS.ordinal()] = n > 1 ? duration / (n - 1) : 0;
    dwell(events, v);
    counts(events, v);
    ratings(events, history, v);
    ZonedDateTime zoned = start.atZone(ZoneOffset.UTC);
    v[Feature.HOUR_OF_DAY.ordinal()] = zoned.getHour();
    v[Feature.DAY_OF_WEEK.ordinal()] = zoned.getDayOfWeek().getValue();
    v[Feature.USER_PRIOR_MEAN_RATING.ordinal()] =
        history.knowsRatings() ? history.meanRating() : UserHistory.DEFAULT_MEAN_RATING;
    v[Feature.USER_PRIOR_SESSIONS.ordinal()] = history.priorSessions();
    return new SessionFeatures(v);
  }

  private static void dwell(List<Event> events, double[] v) {
    int count = 0;
    double sum = 0;
    double sumSquares = 0;
    double max = 0;
    for (Event event : events) {
      if (event.type() == EventType.DWELL) {
        double seconds = event.value();
        count++;
        sum += seconds;
        sumSquares += seconds * seconds;
        max = Math.max(max, seconds);
      }
    }
    if (count > 0) {
      double mean = sum / count;
      v[Feature.DWELL_MEAN.ordinal()] = mean;
      v[Feature.DWELL_MAX.ordinal()] = max;
      v[Feature.DWELL_VARIANCE.ordinal()] = Math.max(0, sumSquares / count - mean * mean);
    }
  }

  private void counts(List<Event> events, double[] v) {
    Set<String> carted = new HashSet<>();
    Set<String> purchased = new HashSet<>();
    Event previousClick = null;
    String previousQuery = null;
    for (Event event : events) {
      switch (event.type()) {
        case CLICK -> {
          if (previousClick != null
              && previousClick.item().equals(event.item())
              && Duration.between(previousClick.time(), event.time()).compareTo(config.burstGap())
                  <= 0) {
            v[Feature.REPEATED_CLICKS.ordinal()]++;
          }
          previousClick = event;
        }
        case ADD_TO_CART -> {
          v[Feature.CART_ADDS.ordinal()]++;
          carted.add(event.item());
        }
        case PURCHASE -> {
          v[Feature.PURCHASES.ordinal()]++;
          purchased.add(event.item());
        }
        case RETURN -> v[Feature.RETURNS.ordinal()]++;
        case SKIP -> v[Feature.SKIPS.ordinal()]++;
        case LIKE -> v[Feature.LIKES.ordinal()]++;
        case DISLIKE -> v[Feature.DISLIKES.ordinal()]++;
        case SEARCH -> {
          v[Feature.SEARCHES.ordinal()]++;
          String query = event.text().strip().toLowerCase(Locale.ROOT);
          if (previousQuery != null && isReformulation(previousQuery, query)) {
            v[Feature.SEARCH_REFORMULATIONS.ordinal()]++;
          }
          previousQuery = query;
        }
        default -> {}
      }
    }
    carted.removeAll(purchased);
    v[Feature.ABANDONED_CART_ITEMS.ordinal()] = carted.size();
  }

  private boolean isReformulation(String previous, String query) {
    if (previous.equals(query)) {
      return false;
    }
    int distance = EditDistance.levenshtein(previous, query);
    return distance <= config.reformulationDistance() * Math.max(previous.length(), query.length());
  }

  private static void ratings(List<Event> events, UserHistory history, double[] v) {
    int count = 0;
    double deviation = 0;
    double sum = 0;
    double prior = history.knowsRatings() ? history.meanRating() : UserHistory.DEFAULT_MEAN_RATING;
    double last = prior;
    for (Event event : events) {
      if (isRating(event)) {
        count++;
        deviation += event.value() - history.meanRating();
        sum += event.value();
        last = event.value();
      }
    }
    v[Feature.SESSION_MEAN_RATING.ordinal()] = count > 0 ? sum / count : prior;
    v[Feature.LAST_RATING.ordinal()] = last;
    v[Feature.RATING_COUNT.ordinal()] = count;
    v[Feature.RATING_DEVIATION.ordinal()] =
        count > 0 && history.knowsRatings() ? deviation / count : 0;
  }

  /** Whether {@code event} carries a star rating: a rate event, or a review with a value. */
  public static boolean isRating(Event event) {
    return (event.type() == EventType.RATE || event.type() == EventType.REVIEW)
        && event.value() != null;
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
