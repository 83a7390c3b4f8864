package dev.affectrec.serving;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One user's positive interactions since the served model's snapshot: at most {@code capacity}
 * items, each with its summed weight, the part of that weight added since the latest training mark
 * ({@code mark}), and the sequence number of its latest event. Adding an item to a full set drops
 * the item whose latest event is oldest. Immutable: every change returns a new value, so readers
 * never block and never see a half-made change.
 *
 * @param items item ids, no duplicates
 * @param weights summed positive weight per item
 * @param sinceMark the part of each weight added after sequence {@code mark}
 * @param latest sequence number of each item's latest event
 * @param events how many events added to each item's weight (to take them back out of the
 *     popularity counts at erasure)
 * @param mark the training mark {@code sinceMark} counts from
 * @param idBytes estimated heap bytes of the ids the served catalogue does not share
 */
record LiveUserItems(
    String[] items,
    float[] weights,
    float[] sinceMark,
    long[] latest,
    int[] events,
    long mark,
    long idBytes) {

  /**
   * Estimated heap bytes of one user's value without its entries and ids: the record, its four
   * array headers and the user's two map nodes in {@link LiveUpdates}.
   */
  static final int USER_BYTES = 48 + 5 * 16 + 32 + 40;

  /** Estimated heap bytes per entry: an id reference, two floats, a long and an int. */
  static final int ENTRY_BYTES = 4 + 4 + 4 + 8 + 4;

  /** No items. */
  static LiveUserItems empty(long mark) {
    return new LiveUserItems(
        new String[0], new float[0], new float[0], new long[0], new int[0], mark, 0);
  }

  /** The number of items. */
  int size() {
    return items.length;
  }

  /**
   * These items with {@code weight} added to {@code item} by the event numbered {@code sequence};
   * at {@code capacity} items, a new item replaces the one whose latest event is oldest.
   *
   * @param currentMark the training mark in force; when it differs from {@link #mark} every weight
   *     so far predates it
   * @param shared tells which ids the served catalogue holds
   */
  LiveUserItems plus(
      String item, float weight, long sequence, long currentMark, int capacity, IdCanon shared) {
    int n = items.length;
    int at = indexOf(item);
    boolean grow = at < 0 && n < capacity;
    int size = grow ? n + 1 : n;
    String[] i2 = Arrays.copyOf(items, size);
    float[] w2 = Arrays.copyOf(weights, size);
    float[] s2 = currentMark == mark ? Arrays.copyOf(sinceMark, size) : new float[size];
    long[] l2 = Arrays.copyOf(latest, size);
    int[] e2 = Arrays.copyOf(events, size);
    long ids = idBytes;
    if (at < 0) {
      at = grow ? n : oldest();
      ids += idBytes(item, shared) - (grow ? 0 : idBytes(items[at], shared));
      i2[at] = item;
      w2[at] = 0;
      s2[at] = 0;
      e2[at] = 0;
    }
    w2[at] += weight;
    s2[at] += weight;
    l2[at] = sequence;
    e2[at]++;
    return new LiveUserItems(i2, w2, s2, l2, e2, currentMark, ids);
  }

  /**
   * What remains after a model trained on the snapshot at {@code watermark} goes into service: with
   * {@code watermark == currentMark} only the weight added since the mark (exact); otherwise the
   * items whose latest event is after the watermark, whole weights (earlier events on them count
   * twice, in the model and here). Ids are replaced by {@code canonical} ones.
   *
   * @return null when nothing remains
   */
  LiveUserItems rebased(long watermark, long currentMark, IdCanon canonical) {
    boolean exact = watermark == currentMark;
    int n = 0;
    for (int i = 0; i < items.length; i++) {
      if (remains(i, watermark, exact, currentMark)) {
        n++;
      }
    }
    if (n == 0) {
      return null;
    }
    String[] i2 = new String[n];
    float[] w2 = new float[n];
    long[] l2 = new long[n];
    int[] e2 = new int[n];
    int o = 0;
    long ids = 0;
    for (int i = 0; i < items.length; i++) {
      if (remains(i, watermark, exact, currentMark)) {
        i2[o] = canonical.of(items[i]);
        ids += idBytes(i2[o], canonical);
        w2[o] = exact ? sinceMark[i] : weights[i];
        e2[o] = events[i];
        l2[o++] = latest[i];
      }
    }
    return new LiveUserItems(i2, w2, new float[n], l2, e2, Long.MIN_VALUE, ids);
  }

  private boolean remains(int i, long watermark, boolean exact, long currentMark) {
    return exact ? mark == currentMark && sinceMark[i] > 0 : latest[i] > watermark;
  }

  /** Item to summed weight, unmodifiable. */
  Map<String, Float> asMap() {
    Map<String, Float> out = new HashMap<>(items.length * 2);
    for (int i = 0; i < items.length; i++) {
      out.put(items[i], weights[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Estimated heap bytes of this value's entries, with the ids the catalogue does not share. */
  long entryBytes() {
    return (long) ENTRY_BYTES * items.length + idBytes;
  }

  private static long idBytes(String item, IdCanon shared) {
    return shared.isShared(item) ? 0 : stringBytes(item);
  }

  /** An upper bound of the heap bytes of a string of {@code s.length()} UTF-16 chars. */
  static long stringBytes(String s) {
    return 24 + 16 + 2L * s.length();
  }

  private int indexOf(String item) {
    for (int i = 0; i < items.length; i++) {
      if (items[i].equals(item)) {
        return i;
      }
    }
    return -1;
  }

  private int oldest() {
    int at = 0;
    for (int i = 1; i < latest.length; i++) {
      if (latest[i] < latest[at]) {
        at = i;
      }
    }
    return at;
  }

  /** Maps an item id to the instance the served catalogue holds, so entries share it. */
  interface IdCanon {
    /** The catalogue's instance of {@code id}, or {@code id} itself when it is not listed. */
    String of(String id);

    /** Whether {@code id} is the catalogue's own instance (its bytes are the model's). */
    boolean isShared(String id);
  }
}
