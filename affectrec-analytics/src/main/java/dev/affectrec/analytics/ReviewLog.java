package dev.affectrec.analytics;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analyses read: every review that has a text reading, oldest first, the categories of the
 * reviewed items, how many events each user has, and the time of the newest event. Built from one
 * consistent store snapshot, so it is the data as it stands ("live" when built per request).
 * Reviews without a stored reading are left out: callers that can read texts do so first. So are
 * reviews whose reading has confidence 0 (empty text, or a language the text model does not read):
 * such a reading says nothing about the review, and counting its uniform mix would give every
 * French or German review a share of anger, disgust, fear and sadness in the trends and alerts.
 * Immutable.
 *
 * @param reviews oldest first (ties by event id); those with a zero-confidence reading are dropped
 * @param categories item id to its categories; items without categories are absent
 * @param eventsPerUser user id to their number of events of any type
 * @param newest the newest event of any type, or null when there is none
 */
public record ReviewLog(
    List<ReadReview> reviews,
    Map<String, List<String>> categories,
    Map<String, Long> eventsPerUser,
    Instant newest) {

  /** Copies and orders. */
  public ReviewLog {
    reviews =
        reviews.stream()
            .filter(review -> review.reading().confidence() > 0)
            .sorted(Comparator.comparing(ReadReview::time).thenComparing(ReadReview::eventId))
            .toList();
    categories = Map.copyOf(categories);
    eventsPerUser = Map.copyOf(eventsPerUser);
  }

  /** The newest event's time, or empty for an empty store. */
  public Optional<Instant> newestEvent() {
    return Optional.ofNullable(newest);
  }

  /** The categories of {@code item}, empty when it has none. */
  public List<String> categoriesOf(String item) {
    return categories.getOrDefault(item, List.of());
  }

  /**
   * Reads the store: one snapshot for events and readings, then one catalogue lookup per reviewed
   * item. Only text readings computed from review events count; the newest reading of an event
   * wins.
   */
  public static ReviewLog of(EventStore store) {
    Objects.requireNonNull(store, "store is required");
    Map<String, Event> reviews = new HashMap<>();
    Map<String, Long> perUser = new HashMap<>();
    Map<String, EmotionReading> readings = new HashMap<>();
    Instant[] newest = {null};
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEach(
          event -> {
            perUser.merge(event.user(), 1L, Long::sum);
            if (newest[0] == null || event.time().isAfter(newest[0])) {
              newest[0] = event.time();
            }
            if (event.type() == EventType.REVIEW && event.item() != null) {
              reviews.put(event.id(), event);
            }
          });
      snapshot.forEachEventReading(
          reading -> {
            if (reading.modality() == Modality.TEXT
                && reviews.containsKey(reading.sourceEventId())) {
              readings.put(reading.sourceEventId(), reading);
            }
          });
    }
    List<ReadReview> read = new ArrayList<>(readings.size());
    Map<String, List<String>> categories = new HashMap<>();
    for (Map.Entry<String, EmotionReading> entry : readings.entrySet()) {
      Event e = reviews.get(entry.getKey());
      read.add(
          new ReadReview(
              e.id(), e.user(), e.item(), e.time(), e.value(), e.text(), entry.getValue()));
      if (!categories.containsKey(e.item())) {
        categories.put(e.item(), store.item(e.item()).map(Item::categories).orElse(List.of()));
      }
    }
    categories.values().removeIf(List::isEmpty);
    return new ReviewLog(read, categories, perUser, newest[0]);
  }
}
