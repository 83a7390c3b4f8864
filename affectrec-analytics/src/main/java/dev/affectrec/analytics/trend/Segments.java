package dev.affectrec.analytics.trend;

import dev.affectrec.analytics.ReadReview;
import dev.affectrec.analytics.ReviewLog;
import dev.affectrec.api.InputException;
import dev.affectrec.api.emotion.Emotion;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * User segments a trend can follow, named by id:
 *
 * <ul>
 *   <li>{@code mood:<emotion>} (for example {@code mood:anger}): users whose most frequent top
 *       emotion over all their review readings is that emotion (ties to the first in {@link
 *       Emotion} order);
 *   <li>{@code activity:active}: users with at least {@value #ACTIVE_EVENTS} events of any type;
 *       {@code activity:occasional}: the others.
 * </ul>
 */
public final class Segments {
  /** Events of any type that make a user active. */
  public static final int ACTIVE_EVENTS = 5;

  private Segments() {}

  /** Every segment id, for listings and error messages. */
  public static List<String> ids() {
    List<String> ids = new java.util.ArrayList<>();
    for (Emotion emotion : Emotion.values()) {
      ids.add("mood:" + emotion.wireName());
    }
    ids.add("activity:active");
    ids.add("activity:occasional");
    return ids;
  }

  /**
   * Checks a segment id.
   *
   * @throws InputException naming the id and the valid ones
   */
  public static String parse(String id) {
    if (!ids().contains(id)) {
      throw new InputException("segment id must be one of " + ids() + " but was '" + id + "'");
    }
    return id;
  }

  /** Which users of {@code log} belong to segment {@code id}. */
  public static Predicate<String> members(String id, ReviewLog log) {
    parse(id);
    if (id.startsWith("activity:")) {
      boolean active = id.equals("activity:active");
      return user -> (log.eventsPerUser().getOrDefault(user, 0L) >= ACTIVE_EVENTS) == active;
    }
    Emotion mood = Emotion.fromWireName(id.substring("mood:".length())).orElseThrow();
    Set<String> users = new HashSet<>();
    moods(log)
        .forEach(
            (user, top) -> {
              if (top == mood) {
                users.add(user);
              }
            });
    return users::contains;
  }

  private static Map<String, Emotion> moods(ReviewLog log) {
    Map<String, EnumMap<Emotion, Integer>> counts = new HashMap<>();
    for (ReadReview review : log.reviews()) {
      counts
          .computeIfAbsent(review.user(), u -> new EnumMap<>(Emotion.class))
          .merge(review.reading().top(), 1, Integer::sum);
    }
    Map<String, Emotion> moods = new HashMap<>();
    counts.forEach(
        (user, perEmotion) -> {
          Emotion best = null;
          for (Map.Entry<Emotion, Integer> e : perEmotion.entrySet()) {
            if (best == null || e.getValue() > perEmotion.get(best)) {
              best = e.getKey();
            }
          }
          moods.put(user, best);
        });
    return moods;
  }
}
