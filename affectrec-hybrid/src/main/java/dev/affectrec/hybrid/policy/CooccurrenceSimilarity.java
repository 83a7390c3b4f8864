package dev.affectrec.hybrid.policy;

import dev.affectrec.recommend.data.InteractionMatrix;
import dev.affectrec.recommend.data.ItemCosine;
import dev.affectrec.recommend.rank.TopK;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Binary cosine similarity of item columns of an interaction matrix, computed on demand: {@code
 * |U(a) and U(b)| / sqrt(|U(a)| |U(b)|)}, exactly {@link ItemCosine} except that an item is always
 * 1 to itself. An item's co-occurrence counts with every other item are computed once (the cost of
 * its co-occurrences) and kept in a lock-free cache of at most {@link #CACHED_COUNTS} counts
 * (emptied when full), so serving (MMR, explanations) reads most similarities in O(1); without a
 * cached row a similarity costs O(|U(a)| + |U(b)|). Results do not depend on the cache.
 * Thread-safe.
 */
public final class CooccurrenceSimilarity implements ItemSimilarity {
  /** Most co-occurrence counts held in the cache (64 MiB of ints). */
  public static final int CACHED_COUNTS = 16 << 20;

  private final InteractionMatrix data;
  // Indexed by item, not a map of boxed keys: explanations read a similarity for every history
  // item of every answer, where the map's boxing, hashing and size() were 11% of the service's
  // CPU under load (JFR, issue 21).
  private final AtomicReferenceArray<int[]> rows;
  private final AtomicInteger cachedRows = new AtomicInteger();
  private final int maxRows;

  /** Similarity over {@code data}, never null. */
  public CooccurrenceSimilarity(InteractionMatrix data) {
    this.data = Objects.requireNonNull(data, "data is required");
    this.maxRows = Math.max(1, CACHED_COUNTS / Math.max(1, data.itemCount()));
    this.rows = new AtomicReferenceArray<>(data.itemCount());
  }

  @Override
  public double similarity(int a, int b) {
    if (a == b) {
      return 1;
    }
    double norm = Math.sqrt((double) data.colLength(a) * data.colLength(b));
    if (norm == 0) {
      return 0;
    }
    int[] row = rows.get(a);
    if (row == null) {
      row = rows.get(b);
      if (row != null) {
        return row[a] / norm;
      }
      row = counts(a);
      if (cachedRows.get() >= maxRows) {
        for (int i = 0; i < rows.length(); i++) {
          rows.set(i, null);
        }
        cachedRows.set(0);
      }
      if (rows.getAndSet(a, row) == null) {
        cachedRows.incrementAndGet();
      }
    }
    return row[b] / norm;
  }

  /** How many users each item shares with {@code item}. */
  private int[] counts(int item) {
    int[] acc = new int[data.itemCount()];
    int[] users = data.colUsers();
    int[] rowItems = data.rowItems();
    for (int p = data.colStart(item); p < data.colEnd(item); p++) {
      int u = users[p];
      for (int q = data.rowStart(u); q < data.rowEnd(u); q++) {
        acc[rowItems[q]]++;
      }
    }
    return acc;
  }

  @Override
  public int[] neighbours(int item, int n) {
    int[] counts = counts(item);
    float[] acc = new float[counts.length];
    for (int j = 0; j < acc.length; j++) {
      acc[j] = counts[j];
    }
    double own = data.colLength(item);
    for (int j = 0; j < acc.length; j++) {
      acc[j] =
          j == item || acc[j] == 0
              ? Float.NaN
              : (float) (acc[j] / Math.sqrt(own * data.colLength(j)));
    }
    return TopK.select(acc, Math.max(1, n), null).items();
  }
}
