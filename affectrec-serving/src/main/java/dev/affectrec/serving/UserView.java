package dev.affectrec.serving;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.EmotionState;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.event.EventType;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.fusion.LateFusion;
import dev.affectrec.hybrid.RecommendationRequest.ItemReading;
import dev.affectrec.store.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recommendation request needs to know about a user from the store: their fused emotional
 * state over every modality, their recent reviews with text readings (for the negative-review rule)
 * and their latest review or search text (for cold start). Immutable.
 *
 * @param state the fused state at the user's newest event or reading ({@link StateTime}), so an
 *     imported history keeps its state
 * @param recentReviews reviews of items with their readings, oldest first
 * @param at when the view was read
 * @param latestText the user's latest review or search event with text, or null
 * @param latestTextReading the stored reading of {@code latestText}, or null
 * @param interactions the items of the user's latest {@value #MAX_READINGS} events whose summed
 *     {@link FeedbackWeights} are positive, with those sums (for fold-in of a user the model has
 *     not seen); empty when the events were not read
 */
record UserView(
    EmotionState state,
    List<ItemReading> recentReviews,
    Instant at,
    Event latestText,
    EmotionReading latestTextReading,
    Map<String, Float> interactions) {
  static final int MAX_READINGS = 200;

  /** Copies the interactions. */
  UserView {
    interactions = Map.copyOf(interactions);
  }

  /**
   * Reads the view of {@code user}; their events are read only when they have text readings or
   * {@code needText} (a user the model does not know, who may need fold-in or cold start).
   */
  static UserView read(
      EventStore store,
      String user,
      Instant now,
      FusionConfig fusion,
      FeedbackWeights weights,
      boolean needText) {
    List<EmotionReading> readings = store.readingsOf(Subject.user(user), MAX_READINGS);
    boolean anyText =
        readings.stream().anyMatch(r -> r.sourceEventId() != null && r.modality() == Modality.TEXT);
    boolean scanEvents = anyText || needText;
    // One query either way: the newest event alone dates the state when no text is needed.
    List<Event> events = store.eventsOfUser(user, scanEvents ? MAX_READINGS : 1);
    EmotionState state =
        LateFusion.fuse(user, readings, StateTime.of(events, readings, now), fusion).state();
    List<ItemReading> reviews = new ArrayList<>();
    Map<String, String> reviewedItem = new HashMap<>();
    Event latestText = null;
    Map<String, Float> sums = new HashMap<>();
    for (Event e : scanEvents ? events : List.<Event>of()) {
      if (e.item() != null) {
        sums.merge(e.item(), (float) weights.weight(e), Float::sum);
      }
      if (e.type() == EventType.REVIEW && e.item() != null) {
        reviewedItem.put(e.id(), e.item());
      }
      boolean text =
          (e.type() == EventType.REVIEW || e.type() == EventType.SEARCH)
              && e.text() != null
              && !e.text().isBlank();
      if (text && latestText == null) {
        latestText = e;
      }
    }
    EmotionReading latestReading = null;
    for (EmotionReading r : readings) {
      if (r.sourceEventId() == null || r.modality() != Modality.TEXT) {
        continue;
      }
      String item = reviewedItem.get(r.sourceEventId());
      if (item != null) {
        reviews.add(new ItemReading(item, r));
      }
      if (latestText != null && r.sourceEventId().equals(latestText.id())) {
        latestReading = r;
      }
    }
    sums.values().removeIf(w -> w <= 0);
    return new UserView(state, List.copyOf(reviews), now, latestText, latestReading, sums);
  }
}
