package dev.affectrec.serving;

import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.event.Event;
import dev.affectrec.api.recommend.ScoredItem;
import dev.affectrec.hybrid.explain.ReasonTexts;
import dev.affectrec.store.EventSnapshot;
import dev.affectrec.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * The most popular items, served before a store's first model: the number of positive interactions
 * per item (events whose {@link FeedbackWeights} weight is positive), counted from the store once
 * ({@link #seed}) and from every accepted batch after. Duplicates of stored events count again, so
 * the counts are approximate; the ranking is rebuilt by the first request after a change. Cleared
 * when the first model is in service. Thread-safe.
 */
final class PopularItems {
  private record Count(String item, long count) {}

  /** The ranking as of {@code version} of the counts. */
  private record Ranking(long version, List<Count> items) {}

  private static final Comparator<Count> MOST_FIRST =
      Comparator.comparingLong(Count::count).reversed().thenComparing(Count::item);

  private final FeedbackWeights weights;
  private volatile Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();
  private volatile Ranking ranked = new Ranking(0, List.of());

  PopularItems(FeedbackWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights is required");
  }

  /**
   * Counts every event {@code store} holds (one pass over a snapshot), except those of users who
   * refused behaviour consent.
   */
  void seed(EventStore store) {
    count(store, counts);
    version.incrementAndGet();
  }

  /**
   * Replaces every count with those of the events {@code store} holds now (after an erasure, so the
   * erased user's interactions stop counting). Requests keep the old ranking until the new counts
   * are complete; a batch recorded meanwhile may be counted once or not at all.
   */
  void recount(EventStore store) {
    Map<String, LongAdder> fresh = new ConcurrentHashMap<>();
    count(store, fresh);
    counts = fresh;
    version.incrementAndGet();
  }

  private void count(EventStore store, Map<String, LongAdder> into) {
    Set<String> refusing = store.access().usersRefusing(Modality.BEHAVIOUR);
    try (EventSnapshot snapshot = store.snapshot()) {
      snapshot.forEach(
          e -> {
            if (!refusing.contains(e.user())) {
              add(e, into);
            }
          });
    }
  }

  /** Counts the positive interactions of an accepted batch. */
  void record(List<Event> events) {
    boolean changed = false;
    Map<String, LongAdder> into = counts;
    for (Event e : events) {
      changed |= add(e, into);
    }
    if (changed) {
      version.incrementAndGet();
    }
  }

  private boolean add(Event e, Map<String, LongAdder> into) {
    if (weights.weight(e) <= 0) {
      return false;
    }
    into.computeIfAbsent(e.item(), i -> new LongAdder()).increment();
    return true;
  }

  /** Whether no item has a positive interaction. */
  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** Forgets every count (the first model is in service). */
  void clear() {
    counts.clear();
    version.incrementAndGet();
  }

  /**
   * The {@code k} items with the most positive interactions that {@code keep} accepts, most first
   * (ties by id). Each scores its count over the top count, in (0, 1], with a {@link
   * ReasonTexts#mostPopular} reason.
   */
  List<ScoredItem> top(int k, Predicate<String> keep) {
    List<Count> all = ranking();
    List<ScoredItem> out = new ArrayList<>(Math.min(k, all.size()));
    double most = all.isEmpty() ? 1 : all.get(0).count();
    for (Count c : all) {
      if (out.size() == k) {
        break;
      }
      if (keep.test(c.item())) {
        out.add(
            new ScoredItem(
                c.item(), c.count() / most, List.of(ReasonTexts.mostPopular(c.count()))));
      }
    }
    return out;
  }

  private List<Count> ranking() {
    long now = version.get();
    Ranking r = ranked;
    if (r.version() == now) {
      return r.items();
    }
    Map<String, LongAdder> current = counts;
    List<Count> fresh = new ArrayList<>(current.size());
    current.forEach((item, n) -> fresh.add(new Count(item, n.sum())));
    fresh.sort(MOST_FIRST);
    Ranking built = new Ranking(now, List.copyOf(fresh));
    ranked = built;
    return built.items();
  }
}
