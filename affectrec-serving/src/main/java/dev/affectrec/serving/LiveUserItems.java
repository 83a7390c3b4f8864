package dev.affectrec.serving;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One user's positive interactions since the served model's snapshot: at most {@code capacity}
 * items, each with its summed weight, the part of that weight added since the latest training mark
 * ({@code mark}), and the sequence number of its latest event. Adding an item to a full set drops
 * the item whose latest event is oldest.
 *
 * <p>Changed in place, guarded by its own monitor: {@link #add} and every reader lock it, so a
 * reader never sees a half-made change and blocks at most for one event's update. In place because
 * a copy per event (five arrays of up to {@code capacity} entries) outlived young collections for
 * every user under sustained ingest and made most of what each one copied (JFR, issue 21). The
 * arrays grow by doubling up to {@code capacity} and never shrink.
 */
final class LiveUserItems {

  /**
   * Estimated heap bytes of one user's value without its entries and ids: the object, its five
   * array headers and the user's two map nodes in {@link LiveUpdates}.
   */
  static final int USER_BYTES = 48 + 5 * 16 + 32 + 40;

  /** Estimated heap bytes per entry: an id reference, two floats, a long and an int. */
  static final int ENTRY_BYTES = 4 + 4 + 4 + 8 + 4;

  private String[] items;
  private float[] weights;
  private float[] sinceMark;
  private long[] latest;
  private int[] events;
  private int size;
  private long mark;
  private long idBytes;

  private LiveUserItems(
      String[] items,
      float[] weights,
      float[] sinceMark,
      long[] latest,
      int[] events,
      int size,
      long mark,
      long idBytes) {
    this.items = items;
    this.weights = weights;
    this.sinceMark = sinceMark;
    this.latest = latest;
    this.events = events;
    this.size = size;
    this.mark = mark;
    this.idBytes = idBytes;
  }

  /** No items. */
  static LiveUserItems empty(long mark) {
    int room = 4;
    return new LiveUserItems(
        new String[room],
        new float[room],
        new float[room],
        new long[room],
        new int[room],
        0,
        mark,
        0);
  }

  /** The number of items. */
  synchronized int size() {
    return size;
  }

  /** The id of item {@code k}, {@code 0 <= k < size()}. */
  synchronized String item(int k) {
    return items[k];
  }

  /** How many events added to item {@code k}'s weight (to take them back out at erasure). */
  synchronized int events(int k) {
    return events[k];
  }

  /**
   * Adds {@code weight} to {@code item} for the event numbered {@code sequence}; at {@code
   * capacity} items, a new item replaces the one whose latest event is oldest.
   *
   * @param currentMark the training mark in force; when it differs from the one these items count
   *     from, every weight so far predates it
   * @param shared tells which ids the served catalogue holds
   */
  synchronized void add(
      String item, float weight, long sequence, long currentMark, int capacity, IdCanon shared) {
    if (currentMark != mark) {
      Arrays.fill(sinceMark, 0, size, 0f);
      mark = currentMark;
    }
    int at = indexOf(item);
    if (at < 0) {
      if (size < capacity) {
        if (size == items.length) {
          grow(Math.min(capacity, 2 * items.length));
        }
        at = size++;
      } else {
        at = oldest();
        idBytes -= idBytes(items[at], shared);
      }
      idBytes += idBytes(item, shared);
      items[at] = item;
      weights[at] = 0;
      sinceMark[at] = 0;
      events[at] = 0;
    }
    weights[at] += weight;
    sinceMark[at] += weight;
    latest[at] = sequence;
    events[at]++;
  }

  private void grow(int room) {
    items = Arrays.copyOf(items, room);
    weights = Arrays.copyOf(weights, room);
    sinceMark = Arrays.copyOf(sinceMark, room);
    latest = Arrays.copyOf(latest, room);
    events = Arrays.copyOf(events, room);
  }

  /**
   * What remains after a model trained on the snapshot at {@code watermark} goes into service: with
   * {@code watermark == currentMark} only the weight added since the mark (exact); otherwise the
   * items whose latest event is after the watermark, whole weights (earlier events on them count
   * twice, in the model and here). Ids are replaced by {@code canonical} ones.
   *
   * @return null when nothing remains
   */
  synchronized LiveUserItems rebased(long watermark, long currentMark, IdCanon canonical) {
    boolean exact = watermark == currentMark;
    int n = 0;
    for (int i = 0; i < size; i++) {
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
    for (int i = 0; i < size; i++) {
      if (remains(i, watermark, exact, currentMark)) {
        i2[o] = canonical.of(items[i]);
        ids += idBytes(i2[o], canonical);
        w2[o] = exact ? sinceMark[i] : weights[i];
        e2[o] = events[i];
        l2[o++] = latest[i];
      }
    }
    return new LiveUserItems(i2, w2, new float[n], l2, e2, n, Long.MIN_VALUE, ids);
  }

  private boolean remains(int i, long watermark, boolean exact, long currentMark) {
    return exact ? mark == currentMark && sinceMark[i] > 0 : latest[i] > watermark;
  }

  /** Item to summed weight, unmodifiable. */
  synchronized Map<String, Float> asMap() {
    Map<String, Float> out = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      out.put(items[i], weights[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Estimated heap bytes of this value's entries (the room its arrays have, not only what is used),
   * with the ids the catalogue does not share.
   */
  synchronized long entryBytes() {
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
    for (int i = 0; i < size; i++) {
      if (items[i].equals(item)) {
        return i;
      }
    }
    return -1;
  }

  private int oldest() {
    int at = 0;
    for (int i = 1; i < size; i++) {
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
