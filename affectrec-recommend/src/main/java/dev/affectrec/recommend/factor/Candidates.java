package dev.affectrec.recommend.factor;

import java.util.Arrays;

/**
 * A growable list of candidate items with their approximate scores, in the order added (ascending
 * item index when filled by a scan). Not thread-safe: one instance per request.
 */
final class Candidates {
  private int[] items;
  private float[] approx;
  private int size;

  Candidates(int capacity) {
    items = new int[capacity];
    approx = new float[capacity];
  }

  void add(int item, float approxScore) {
    if (size == items.length) {
      items = Arrays.copyOf(items, 2 * size);
      approx = Arrays.copyOf(approx, 2 * size);
    }
    items[size] = item;
    approx[size++] = approxScore;
  }

  /** Drops the candidates whose approximate score is below {@code cutoff}, keeping the order. */
  void retainAtLeast(float cutoff) {
    int kept = 0;
    for (int c = 0; c < size; c++) {
      if (approx[c] >= cutoff) {
        items[kept] = items[c];
        approx[kept++] = approx[c];
      }
    }
    size = kept;
  }

  int size() {
    return size;
  }

  int item(int position) {
    return items[position];
  }
}
