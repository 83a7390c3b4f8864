package dev.affectrec.serving;

import dev.affectrec.recommend.data.IdIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntToDoubleFunction;

/**
 * Positive interactions per item since the served model's snapshot, for the popularity feature: a
 * counter per item of the served catalogue, and for items outside it (new items, or every item
 * before the first model) a map of at most {@value #MAX_OTHER_ITEMS} items (later ones go uncounted
 * until a model lists them). A training mark remembers the counts at the snapshot, so the swap
 * keeps only what came after. Memory: 4 bytes per catalogue item (8 while a mark is held) plus the
 * bounded map. Writers are serialised by the caller; {@link #popularity} never blocks.
 */
final class LiveItemCounts {
  static final int MAX_OTHER_ITEMS = 10_000;

  private IdIndex items = IdIndex.of(java.util.List.of());
  private volatile AtomicIntegerArray counts = new AtomicIntegerArray(0);
  private final Map<String, int[]> others = new HashMap<>();
  private int[] countsAtMark;
  private Map<String, Integer> othersAtMark;

  /** Counts one positive interaction with {@code item}. */
  void add(String item) {
    int i = items.indexOf(item);
    if (i >= 0) {
      counts.incrementAndGet(i);
    } else {
      int[] c = others.get(item);
      if (c == null && others.size() < MAX_OTHER_ITEMS) {
        others.put(item, c = new int[1]);
      }
      if (c != null) {
        c[0]++;
      }
    }
  }

  /** Takes back {@code n} interactions with {@code item} (an erased user's), never below 0. */
  void remove(String item, int n) {
    int i = items.indexOf(item);
    if (i >= 0) {
      int left = counts.updateAndGet(i, c -> Math.max(0, c - n));
      if (countsAtMark != null) {
        countsAtMark[i] = Math.min(countsAtMark[i], left);
      }
    } else if (others.containsKey(item)) {
      int[] c = others.get(item);
      c[0] = Math.max(0, c[0] - n);
      if (othersAtMark != null) {
        othersAtMark.computeIfPresent(item, (k, m) -> Math.min(m, c[0]));
      }
    }
  }

  /** Remembers the counts at a training snapshot. */
  void mark() {
    AtomicIntegerArray c = counts;
    countsAtMark = new int[c.length()];
    for (int i = 0; i < countsAtMark.length; i++) {
      countsAtMark[i] = c.get(i);
    }
    othersAtMark = new HashMap<>();
    others.forEach((item, n) -> othersAtMark.put(item, n[0]));
  }

  /** Which counts a rebase keeps. */
  enum Kept {
    /** Those added since the mark: the new model's snapshot was taken at the mark. */
    SINCE_MARK,
    /** All: no mark matches the new model's snapshot (they may count twice). */
    ALL,
    /** None: the new model's snapshot holds every counted interaction. */
    NONE
  }

  /** Re-indexes the {@code kept} counts for the catalogue {@code next}. */
  void rebase(IdIndex next, Kept kept) {
    boolean sinceMark = kept == Kept.SINCE_MARK && countsAtMark != null;
    Map<String, Integer> old = new HashMap<>();
    AtomicIntegerArray c = counts;
    for (int i = 0; i < c.length() && kept != Kept.NONE; i++) {
      int n = c.get(i) - (sinceMark ? countsAtMark[i] : 0);
      if (n > 0) {
        old.put(items.id(i), n);
      }
    }
    others.forEach(
        (item, n) -> {
          int m = n[0] - (sinceMark ? othersAtMark.getOrDefault(item, 0) : 0);
          if (m > 0 && kept != Kept.NONE) {
            old.merge(item, m, Integer::sum);
          }
        });
    AtomicIntegerArray fresh = new AtomicIntegerArray(next.size());
    others.clear();
    old.forEach(
        (item, n) -> {
          int i = next.indexOf(item);
          if (i >= 0) {
            fresh.set(i, n);
          } else if (others.size() < MAX_OTHER_ITEMS) {
            others.put(item, new int[] {n});
          }
        });
    items = next;
    counts = fresh;
    countsAtMark = null;
    othersAtMark = null;
  }

  /** How many items outside the catalogue are counted, at most {@value #MAX_OTHER_ITEMS}. */
  int otherItems() {
    return others.size();
  }

  /** Interactions per catalogue index since the snapshot; 0 outside the catalogue. */
  IntToDoubleFunction popularity() {
    AtomicIntegerArray c = counts;
    return i -> i < c.length() ? c.get(i) : 0;
  }
}
