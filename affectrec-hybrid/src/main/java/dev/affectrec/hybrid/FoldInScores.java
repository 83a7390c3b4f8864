package dev.affectrec.hybrid;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.model.ScoringModel;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fold-in scores of recently served users, kept so that under sustained ingest an answer costs
 * one row per item whose live strength changed since the user's previous answer, not one row per
 * item of the whole history (training row plus up to hundreds of live items; issue 21). Only for
 * bases whose fold-in is a sum of item rows ({@link ScoringModel#linearInHistory}).
 *
 * <p>The scores of training user {@code u} with live items {@code L} are the base's {@code
 * scoreHistory} of {@code u}'s training row merged with {@code L}, up to float rounding: a
 * remembered answer is updated by the strength differences between its live items and {@code L}.
 * Every {@link #REFRESH_AFTER_ROWS} rows added that way, and whenever the user is not remembered,
 * the scores are computed whole, so rounding never accumulates.
 *
 * <p>Bounded: at most {@code budgetBytes / (4 × catalogue size + 64)} users (an arbitrary one is
 * forgotten to make room). One instance serves one model; a new model starts empty. Thread-safe:
 * each user's entry is updated in place under its own lock.
 *
 * <p>Allocation-free in the steady state: a remembered user's scores and live set are overwritten
 * in their own arrays, never replaced. Entries outlive a young collection, so a fresh copy per
 * answer was promoted and died in the old generation, which grew by about 12 MB a minute under the
 * 30-minute soak until a full collection (issue 21).
 */
final class FoldInScores {
  /** What the remembered scores may take. */
  static final long DEFAULT_BUDGET_BYTES = 32L << 20;

  /** Rows added in place before the scores are computed whole again. */
  static final int REFRESH_AFTER_ROWS = 256;

  /** One user's remembered answer; guarded by itself. */
  private static final class Entry {
    final float[] scores;
    int[] items = new int[16];
    float[] values = new float[16];
    int size;

    /** Rows added since the scores were computed whole, or -1 before the first answer. */
    int rowsSinceWhole = -1;

    Entry(int catalogueSize) {
      scores = new float[catalogueSize];
    }

    void remember(float[] out, int[] liveItems, float[] liveValues, int rows) {
      System.arraycopy(out, 0, scores, 0, scores.length);
      if (items.length < liveItems.length) {
        int capacity = Math.max(liveItems.length, 2 * items.length);
        items = new int[capacity];
        values = new float[capacity];
      }
      System.arraycopy(liveItems, 0, items, 0, liveItems.length);
      System.arraycopy(liveValues, 0, values, 0, liveValues.length);
      size = liveItems.length;
      rowsSinceWhole = rows;
    }
  }

  private final ScoringModel base;
  private final InteractionMatrix data;
  private final int capacity;
  private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();

  private FoldInScores(ScoringModel base, InteractionMatrix data, int capacity) {
    this.base = base;
    this.data = data;
    this.capacity = capacity;
  }

  /**
   * Remembered scores for {@code base}, or null when its fold-in is not a sum of item rows or the
   * budget holds no user.
   *
   * @param base the model whose {@code scoreHistory} this reproduces, never null
   * @param data the training rows, never null
   * @param budgetBytes at least 0
   */
  static FoldInScores of(ScoringModel base, InteractionMatrix data, long budgetBytes) {
    if (!base.linearInHistory() || budgetBytes < 0) {
      return null;
    }
    long perUser = 4L * base.items().size() + 64;
    int capacity = (int) Math.min(Integer.MAX_VALUE, budgetBytes / perUser);
    return capacity == 0 ? null : new FoldInScores(base, data, capacity);
  }

  /**
   * Writes into {@code out} the scores of training user {@code u} with live items {@code items}
   * (ascending, distinct) of strengths {@code values}.
   */
  void score(int u, int[] items, float[] values, float[] out) {
    Entry entry = entries.get(u);
    if (entry == null) {
      if (entries.size() >= capacity) {
        Iterator<Integer> any = entries.keySet().iterator();
        if (any.hasNext()) {
          entries.remove(any.next());
        }
      }
      entry = entries.computeIfAbsent(u, k -> new Entry(out.length));
    }
    synchronized (entry) {
      int rows = entry.rowsSinceWhole;
      if (rows >= 0) {
        System.arraycopy(entry.scores, 0, out, 0, out.length);
        rows = addDifferences(entry, items, values, out, rows);
      }
      if (rows < 0 || rows > REFRESH_AFTER_ROWS) {
        whole(base, data, u, items, values, out);
        rows = 0;
      }
      entry.remember(out, items, values, rows);
    }
  }

  /** Forgets {@code u}'s remembered scores. */
  void forget(int u) {
    entries.remove(u);
  }

  /** Adds the rows of the strengths that differ between the two sorted live sets. */
  private int addDifferences(Entry before, int[] items, float[] values, float[] out, int rows) {
    int[] oldItems = before.items;
    float[] oldValues = before.values;
    int oldSize = before.size;
    int a = 0;
    int b = 0;
    while (a < oldSize || b < items.length) {
      int item;
      float delta;
      if (b == items.length || (a < oldSize && oldItems[a] < items[b])) {
        item = oldItems[a];
        delta = -oldValues[a++];
      } else if (a == oldSize || items[b] < oldItems[a]) {
        item = items[b];
        delta = values[b++];
      } else {
        item = items[b];
        delta = values[b++] - oldValues[a++];
      }
      if (delta != 0) {
        if (++rows > REFRESH_AFTER_ROWS) {
          return rows;
        }
        base.addHistoryItem(item, delta, out);
      }
    }
    return rows;
  }

  /**
   * Writes into {@code out} {@code base}'s fold-in scores of training user {@code u}'s row in
   * {@code data} merged with the live items {@code items} (distinct) of strengths {@code values}
   * (added to the row's strength where the row holds the item).
   */
  static void whole(
      ScoringModel base, InteractionMatrix data, int u, int[] items, float[] values, float[] out) {
    int rowStart = data.rowStart(u);
    int rowLength = data.rowEnd(u) - rowStart;
    int[] idx = new int[rowLength + items.length];
    float[] val = new float[idx.length];
    System.arraycopy(data.rowItems(), rowStart, idx, 0, rowLength);
    System.arraycopy(data.rowValues(), rowStart, val, 0, rowLength);
    int n = rowLength;
    for (int k = 0; k < items.length; k++) {
      int at = Arrays.binarySearch(idx, 0, rowLength, items[k]);
      if (at < 0) {
        idx[n] = items[k];
        val[n++] = values[k];
      } else {
        val[at] += values[k];
      }
    }
    base.scoreHistory(Arrays.copyOf(idx, n), Arrays.copyOf(val, n), out);
  }
}
