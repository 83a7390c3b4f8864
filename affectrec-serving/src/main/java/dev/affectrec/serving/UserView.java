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
 * state over every modality, and their recent reviews with text readings (for the negative-review
 * rule). Immutable.
 *
 * @param state the fused state at {@code at}
 * @param recentReviews reviews of items with their readings, oldest first
 * @param at when the view was read
 */
record UserView(EmotionState state, List<ItemReading> recentReviews, Instant at) {
  static final int MAX_READINGS = 200;

  static UserView read(EventStore store, String user, Instant now, FusionConfig fusion) {
    List<EmotionReading> readings = store.readingsOf(Subject.user(user), MAX_READINGS);
    EmotionState state = LateFusion.fuse(user, readings, now, fusion).state();
    List<ItemReading> reviews = new ArrayList<>();
    boolean anyText =
        readings.stream().anyMatch(r -> r.sourceEventId() != null && r.modality() == Modality.TEXT);
    if (anyText) {
      Map<String, String> reviewedItem = new HashMap<>();
      for (Event e : store.eventsOfUser(user, MAX_READINGS)) {
        if (e.type() == EventType.REVIEW && e.item() != null) {
          reviewedItem.put(e.id(), e.item());
        }
      }
      for (EmotionReading r : readings) {
        String item = r.sourceEventId() == null ? null : reviewedItem.get(r.sourceEventId());
        if (item != null && r.modality() == Modality.TEXT) {
          reviews.add(new ItemReading(item, r));
        }
      }
    }
    return new UserView(state, List.copyOf(reviews), now);
  }
}
