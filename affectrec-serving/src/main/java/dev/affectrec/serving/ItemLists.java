package dev.affectrec.serving;

import dev.affectrec.api.event.EventType;
import dev.affectrec.api.event.Item;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.explain.ReasonTexts;
import dev.affectrec.hybrid.model.HybridEmotionModel;
import dev.affectrec.store.EventStore;
import dev.affectrec.store.ItemCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.Predicate;

/**
 * The lists that are the same for everyone: an item's neighbours and the most popular items,
 * optionally of one category. Stateless.
 */
final class ItemLists {
  /** Most candidates whose category is looked up in the store for one filtered list. */
  static final int MAX_CATEGORY_LOOKUPS = 10_000;

  private ItemLists() {}

  /**
   * The {@code k} items most similar to {@code item} in the served model (co-occurrence, with a
   * {@code similar_to} reason); an item the model has no neighbours for (new, or never bought with
   * another) gets content neighbours from the cold-start index instead (title, description and
   * categories).
   */
  static List<ScoredItem> neighbours(ServedModel served, Item item, int k) {
    HybridEmotionModel model = served.model();
    Set<String> hidden = served.hiddenItems();
    // An item only erased users had keeps no co-occurrence neighbours until the retraining.
    int i = hidden.contains(item.id()) ? -1 : model.items().indexOf(item.id());
    List<ScoredItem> out = new ArrayList<>();
    if (i >= 0) {
      String name = item.title().isBlank() ? item.id() : item.title();
      for (int j : model.similarity().neighbours(i, k + hidden.size())) {
        String id = model.items().id(j);
        if (out.size() < k && !hidden.contains(id)) {
          out.add(
              new ScoredItem(
                  id,
                  model.similarity().similarity(i, j),
                  List.of(ReasonTexts.similarTo(item.id(), name))));
        }
      }
    }
    if (out.isEmpty()) {
      Set<String> exclude = new HashSet<>(hidden);
      exclude.add(item.id());
      out.addAll(served.coldStart().recommend(ColdStartIndex.text(item), null, k, exclude));
    }
    return out;
  }

  /**
   * The {@code k} items with the most positive interactions in the served model's data plus those
   * accepted since, most first, each scoring its count over the top count; items only erased users
   * had are left out.
   *
   * @param category keep only items of this category (among the {@value #MAX_CATEGORY_LOOKUPS} most
   *     popular); null for all
   */
  static List<ScoredItem> popular(
      ServedModel served, IntToDoubleFunction live, EventStore store, int k, String category) {
    HybridEmotionModel model = served.model();
    int n = model.items().size();
    long[] counts = new long[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      counts[i] = model.data().colLength(i) + Math.round(live.applyAsDouble(i));
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(i -> model.items().id(i)));
    Predicate<String> keep =
        inCategory(store, category).and(id -> !served.hiddenItems().contains(id));
    List<ScoredItem> out = new ArrayList<>(k);
    double most = n == 0 ? 1 : Math.max(1, counts[order[0]]);
    for (int r = 0; r < n && out.size() < k && counts[order[r]] > 0; r++) {
      if (category != null && r >= MAX_CATEGORY_LOOKUPS) {
        break;
      }
      String id = model.items().id(order[r]);
      if (keep.test(id)) {
        long c = counts[order[r]];
        out.add(new ScoredItem(id, c / most, List.of(ReasonTexts.mostPopular(c))));
      }
    }
    return out;
  }

  /**
   * The {@code k} items with the most positive interactions (event types whose {@link
   * FeedbackWeights} weight is positive, and ratings) in the {@code days} days up to the newest
   * stored event, most first, each scoring its count over the top count with a {@link
   * ReasonTexts#trending} reason.
   *
   * @param category keep only items of this category (among the {@value #MAX_CATEGORY_LOOKUPS} most
   *     active); null for all
   */
  static List<ScoredItem> trending(
      EventStore store, FeedbackWeights weights, int k, String category, int days) {
    Optional<Instant> newest = store.newestEventTime();
    if (newest.isEmpty()) {
      return List.of();
    }
    Set<EventType> positive = EnumSet.of(EventType.RATE);
    weights
        .byType()
        .forEach(
            (type, w) -> {
              if (w > 0) {
                positive.add(type);
              }
            });
    List<ItemCount> counts =
        store.itemCountsSince(
            newest.get().minus(Duration.ofDays(days)),
            positive,
            category == null ? k : MAX_CATEGORY_LOOKUPS);
    Predicate<String> keep = inCategory(store, category);
    List<ScoredItem> out = new ArrayList<>(k);
    for (ItemCount c : counts) {
      if (out.size() == k) {
        break;
      }
      if (keep.test(c.item())) {
        out.add(
            new ScoredItem(
                c.item(),
                (double) c.events() / counts.get(0).events(),
                List.of(ReasonTexts.trending(c.events(), days))));
      }
    }
    return out;
  }

  /**
   * The {@code k} newest items by their time (added or last changed), optionally of one {@code
   * category} (among the {@value #MAX_CATEGORY_LOOKUPS} newest); items without a time are left out.
   */
  static List<Item> latest(EventStore store, int k, String category) {
    List<Item> newest = store.latestItems(category == null ? k : MAX_CATEGORY_LOOKUPS);
    return newest.stream()
        .filter(item -> category == null || item.categories().contains(category))
        .limit(k)
        .toList();
  }

  /** Whether an item id belongs to {@code category} (looked up in the store); all when null. */
  static Predicate<String> inCategory(EventStore store, String category) {
    if (category == null) {
      return id -> true;
    }
    return id -> store.item(id).map(item -> item.categories().contains(category)).orElse(false);
  }
}
