package dev.affectrec.recommend.rank;

import java.util.BitSet;

/**
 * Selects the {@code k} best entries of a score array with a bounded binary min-heap held in two
 * primitive arrays: {@code O(n log k)} time, {@code O(k)} space, no boxing.
 *
 * <p>Order: higher score first; equal scores by lower index first. NaN scores and excluded indices
 * are never selected. Stateless and thread-safe.
 */
public final class TopK {
  private TopK() {}

  /**
   * The best {@code k} indices of {@code scores}.
   *
   * @param scores never null; NaN entries are skipped
   * @param k at least 1
   * @param exclude indices that must not be selected, or null for none
   * @return at most {@code k} entries, best first
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static Ranking select(float[] scores, int k, BitSet exclude) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was " + k);
    }
    int capacity = Math.min(k, scores.length);
    int[] heapIndex = new int[capacity];
    float[] heapScore = new float[capacity];
    int size = 0;
    for (int i = 0; i < scores.length; i++) {
      float s = scores[i];
      if (s != s || (exclude != null && exclude.get(i))) {
        continue;
      }
      if (size < capacity) {
        heapIndex[size] = i;
        heapScore[size] = s;
        siftUp(heapIndex, heapScore, size++);
      } else if (s > heapScore[0]) {
        // Equal scores keep the earlier (lower) index already in the heap.
        heapIndex[0] = i;
        heapScore[0] = s;
        siftDown(heapIndex, heapScore, size);
      }
    }
    int[] items = new int[size];
    float[] out = new float[size];
    for (int n = size - 1; n >= 0; n--) {
      items[n] = heapIndex[0];
      out[n] = heapScore[0];
      heapIndex[0] = heapIndex[n];
      heapScore[0] = heapScore[n];
      siftDown(heapIndex, heapScore, n);
    }
    return new Ranking(items, out);
  }

  /** Whether entry a ranks below entry b (the heap keeps the lowest on top). */
  private static boolean worse(int ia, float sa, int ib, float sb) {
    return sa < sb || (sa == sb && ia > ib);
  }

  private static void siftUp(int[] idx, float[] sc, int pos) {
    int i = idx[pos];
    float s = sc[pos];
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      if (!worse(i, s, idx[parent], sc[parent])) {
        break;
      }
      idx[pos] = idx[parent];
      sc[pos] = sc[parent];
      pos = parent;
    }
    idx[pos] = i;
    sc[pos] = s;
  }

  private static void siftDown(int[] idx, float[] sc, int size) {
    if (size == 0) {
      return;
    }
    int pos = 0;
    int i = idx[0];
    float s = sc[0];
    while (true) {
      int child = 2 * pos + 1;
      if (child >= size) {
        break;
      }
      int right = child + 1;
      if (right < size && worse(idx[right], sc[right], idx[child], sc[child])) {
        child = right;
      }
      if (!worse(idx[child], sc[child], i, s)) {
        break;
      }
      idx[pos] = idx[child];
      sc[pos] = sc[child];
      pos = child;
    }
    idx[pos] = i;
    sc[pos] = s;
  }
}
