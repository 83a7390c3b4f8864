package dev.affectrec.serving;

import dev.affectrec.api.event.Item;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.fusion.profile.ItemProfileConfig;
import dev.affectrec.fusion.profile.ItemProfiles;
import dev.affectrec.hybrid.coldstart.ColdStartRecommender;
import dev.affectrec.recommend.content.HashingTextEncoder;
import dev.affectrec.store.EventStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ColdStartRecommender} that serves users the model has never seen from their one
 * review or search text: item texts (title, description, categories) through the hashing content
 * encoder, and each item's emotional profile from the readings of its reviews. Stateless.
 */
final class ColdStartIndex {
  /** Dimension of the hashed content vectors. */
  static final int DIMENSION = 4096;

  /** Weight of mood fit and of emotional reputation in the cold-start score. */
  static final double EMOTION_WEIGHT = 0.2;

  private static final int READINGS_PER_ITEM = 200;

  private ColdStartIndex() {}

  /**
   * The cold-start recommender over {@code catalogue}, with profiles from the readings {@code
   * store} holds about each item now (read in one query).
   */
  static ColdStartRecommender build(EventStore store, List<Item> catalogue, Instant now) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Item item : catalogue) {
      texts.put(item.id(), text(item));
    }
    Map<String, ItemEmotionProfile> profiles = new HashMap<>();
    store
        .readingsAboutItems(texts.keySet(), READINGS_PER_ITEM)
        .forEach(
            (id, readings) ->
                profiles.put(
                    id, ItemProfiles.profile(id, readings, now, ItemProfileConfig.defaults())));
    return ColdStartRecommender.of(
        new HashingTextEncoder(DIMENSION), texts, profiles, EMOTION_WEIGHT, EMOTION_WEIGHT);
  }

  /** What the content encoder reads of an item: title, description and categories. */
  static String text(Item item) {
    String text =
        String.join(" ", item.title(), item.description(), String.join(" ", item.categories()))
            .trim();
    return text.isEmpty() ? item.id() : text;
  }
}
