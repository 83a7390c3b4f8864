package dev.affectrec.serving;

import dev.affectrec.api.event.Item;
import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.coldstart.ColdStartRecommender;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import java.util.Objects;

/**
 * The model in service with what it needs at request time: the hybrid recommender over it, the
 * cold-start index over its catalogue and its manifest. Immutable; a catalogue change gives a new
 * instance.
 */
record ServedModel(
    HybridEmotionModel model,
    EmotionAwareRecommender recommender,
    ColdStartRecommender coldStart,
    ModelManifest manifest) {

  /** Validates the fields. */
  ServedModel {
    Objects.requireNonNull(model, "model is required");
    Objects.requireNonNull(recommender, "recommender is required");
    Objects.requireNonNull(coldStart, "coldStart is required");
    Objects.requireNonNull(manifest, "manifest is required");
  }

  /** The same model with {@code item} added to or changed in the cold-start index. */
  ServedModel withItem(Item item) {
    return new ServedModel(
        model, recommender, coldStart.withItem(item.id(), ColdStartIndex.text(item)), manifest);
  }
}
