package dev.affectrec.serving;

import dev.affectrec.api.event.Item;
import dev.affectrec.hybrid.EmotionAwareRecommender;
import dev.affectrec.hybrid.coldstart.ColdStartRecommender;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.recommend.data.InteractionMatrix;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The model in service with what it needs at request time: the hybrid recommender over it, the
 * cold-start index over its catalogue (built on first use, see {@link LazyColdStart}) and its
 * manifest, and the users and items it must act as if it did not hold (erased users whose erasure
 * it predates, and the items known only from them). Immutable; a catalogue change or an erasure
 * gives a new instance.
 */
record ServedModel(
    HybridEmotionModel model,
    EmotionAwareRecommender recommender,
    LazyColdStart coldStartIndex,
    ModelManifest manifest,
    Set<String> hiddenUsers,
    Set<String> hiddenItems) {

  /** Validates the fields and copies the sets. */
  ServedModel {
    Objects.requireNonNull(model, "model is required");
    Objects.requireNonNull(recommender, "recommender is required");
    Objects.requireNonNull(coldStartIndex, "coldStartIndex is required");
    Objects.requireNonNull(manifest, "manifest is required");
    hiddenUsers = Set.copyOf(hiddenUsers);
    hiddenItems = Set.copyOf(hiddenItems);
  }

  /** The cold-start recommender, built now when this is its first use. */
  ColdStartRecommender coldStart() {
    return coldStartIndex.get();
  }

  /** The same model with {@code item} added to or changed in the cold-start index. */
  ServedModel withItem(Item item) {
    return new ServedModel(
        model,
        recommender,
        coldStartIndex.withItem(item.id(), ColdStartIndex.text(item)),
        manifest,
        hiddenUsers,
        hiddenItems);
  }

  /**
   * The same model serving as if {@code erased} (stored user ids) were not in it: their training
   * rows are never used, and items that only they interacted with are never recommended. The
   * model's other parameters keep what it learnt from them until a retraining replaces it.
   */
  ServedModel without(Set<String> erased) {
    if (erased.isEmpty() || hiddenUsers.containsAll(erased)) {
      return this;
    }
    Set<String> users = new HashSet<>(hiddenUsers);
    users.addAll(erased);
    InteractionMatrix data = model.data();
    boolean[] hidden = new boolean[data.userCount()];
    for (String user : users) {
      int u = model.users().indexOf(user);
      if (u >= 0) {
        hidden[u] = true;
      }
    }
    boolean[] keptByOthers = new boolean[data.itemCount()];
    boolean[] touched = new boolean[data.itemCount()];
    for (int u = 0; u < data.userCount(); u++) {
      for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
        int item = data.rowItems()[p];
        touched[item] = true;
        keptByOthers[item] |= !hidden[u];
      }
    }
    Set<String> items = new HashSet<>(hiddenItems);
    for (int i = 0; i < touched.length; i++) {
      if (touched[i] && !keptByOthers[i]) {
        items.add(model.items().id(i));
      }
    }
    return new ServedModel(model, recommender, coldStartIndex, manifest, users, items);
  }
}
