package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import dev.affectrec.recommend.data.IdIndex;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToDoubleFunction;

/**
 * The positive interactions that arrived after the served model's training snapshot, folded in
 * place into bounded per-user sets (item to summed weight, for fold-in) and per-item counts (added
 * to popularity). Nothing is kept per event, so memory and the cost of an answer do not grow with
 * the events since the last training, whatever the retrain interval:
 *
 * <ul>
 *   <li>each user keeps at most {@link #MAX_ITEMS_PER_USER} items; a new item replaces the one
 *       whose latest event is oldest;
 *   <li>all users together stay within a byte budget ({@link #DEFAULT_BUDGET_BYTES}, estimated per
 *       {@link LiveUserItems#USER_BYTES} and {@link LiveUserItems#ENTRY_BYTES}, plus the bytes of
 *       ids the served catalogue does not share); over it, the users updated least recently are
 *       dropped whole (they are served from their training row until the next model);
 *   <li>item counts take 4 bytes per catalogue item plus at most {@value
 *       LiveItemCounts#MAX_OTHER_ITEMS} other items.
 * </ul>
 *
 * Each accepted event gets a sequence number. {@link #mark} at a training snapshot splits every
 * weight into before and after; when the model trained on that snapshot goes into service, {@link
 * #rebase} keeps only what came after and re-indexes it for the new catalogue. Writers are
 * serialised; a reader waits at most for one event's update of the user it reads.
 */
final class LiveUpdates {
  static final int MAX_ITEMS_PER_USER = UserView.MAX_READINGS;
  static final long DEFAULT_BUDGET_BYTES = 64L << 20;
  private static final long NO_MARK = Long.MIN_VALUE;

  private final FeedbackWeights weights;
  private final long budgetBytes;
  private final Map<String, LiveUserItems> users = new ConcurrentHashMap<>();
  // Writer-only: users from least to most recently updated, and the estimated bytes of them all.
  private final LinkedHashMap<String, Boolean> byUpdate = new LinkedHashMap<>(16, 0.75f, true);
  private final LiveItemCounts counts = new LiveItemCounts();
  private long bytes;
  private long sequence;
  private long mark = NO_MARK;
  private volatile IdIndex catalogue = IdIndex.of(List.of());
  private final LiveUserItems.IdCanon canon =
      new LiveUserItems.IdCanon() {
        @Override
        public String of(String id) {
          int i = catalogue.indexOf(id);
          return i < 0 ? id : catalogue.id(i);
        }

        @Override
        public boolean isShared(String id) {
          int i = catalogue.indexOf(id);
          return i >= 0 && catalogue.id(i) == id;
        }
      };

  LiveUpdates(FeedbackWeights weights) {
    this(weights, DEFAULT_BUDGET_BYTES);
  }

  /**
   * @param budgetBytes the estimated bytes all users' sets may take, at least {@link #maxUserBytes}
   *     so one user always fits
   */
  LiveUpdates(FeedbackWeights weights, long budgetBytes) {
    this.weights = Objects.requireNonNull(weights, "weights is required");
    if (budgetBytes < maxUserBytes()) {
      throw new IllegalArgumentException(
          "budgetBytes must be at least " + maxUserBytes() + " but was " + budgetBytes);
    }
    this.budgetBytes = budgetBytes;
  }

  /** The most bytes one user's set can be estimated at (every id of the longest kind). */
  static long maxUserBytes() {
    long longestId = LiveUserItems.stringBytes("x".repeat(256));
    return LiveUserItems.USER_BYTES
        + longestId
        + (long) MAX_ITEMS_PER_USER * (LiveUserItems.ENTRY_BYTES + longestId);
  }

  /** Records the positive-weight events of an accepted batch. */
  void record(List<Event> events) {
    record(events, Set.of());
  }

  /**
   * Records the positive-weight events of an accepted batch, except those of {@code withheld} users
   * (who refused behaviour consent), which only advance the sequence.
   */
  synchronized void record(List<Event> events, Set<String> withheld) {
    for (Event e : events) {
      sequence++;
      double w = weights.weight(e);
      if (w > 0 && e.item() != null && !withheld.contains(e.user())) {
        String item = canon.of(e.item());
        LiveUserItems mine = users.get(e.user());
        if (mine == null) {
          mine = LiveUserItems.empty(mark);
          bytes += bytesOf(e.user(), mine);
          users.put(e.user(), mine);
        }
        long entriesBefore = mine.entryBytes();
        mine.add(item, (float) w, sequence, mark, MAX_ITEMS_PER_USER, canon);
        bytes += mine.entryBytes() - entriesBefore;
        byUpdate.put(e.user(), Boolean.TRUE);
        counts.add(item);
      }
    }
    evictOverBudget();
  }

  /** The sequence number of the last accepted event (0 before any). */
  synchronized long sequence() {
    return sequence;
  }

  /**
   * Marks a training snapshot: a model trained on what the store holds now is swapped in with
   * {@link #rebase} at the returned watermark, which then keeps exactly what was recorded after.
   */
  synchronized long mark() {
    mark = sequence;
    counts.mark();
    return sequence;
  }

  /**
   * Drops what a model trained at {@code watermark} already contains and re-indexes the rest for
   * {@code items}: exactly when {@code watermark} is the latest {@link #mark}; otherwise the items
   * whose latest event is after it (with whole weights).
   */
  synchronized void rebase(IdIndex items, long watermark) {
    catalogue = items;
    bytes = 0;
    for (Iterator<Map.Entry<String, LiveUserItems>> it = users.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<String, LiveUserItems> e = it.next();
      LiveUserItems kept = e.getValue().rebased(watermark, mark, canon);
      if (kept == null) {
        it.remove();
        byUpdate.remove(e.getKey());
      } else {
        e.setValue(kept);
        bytes += bytesOf(e.getKey(), kept);
      }
    }
    counts.rebase(
        items,
        watermark == mark
            ? LiveItemCounts.Kept.SINCE_MARK
            : watermark >= sequence ? LiveItemCounts.Kept.NONE : LiveItemCounts.Kept.ALL);
    mark = NO_MARK;
  }

  /**
   * Forgets everything about {@code user} (erasure), their interactions in the item counts included
   * (except on items already dropped from their capped set: those leave at the next swap).
   */
  synchronized void forget(String user) {
    LiveUserItems gone = users.remove(user);
    if (gone != null) {
      byUpdate.remove(user);
      bytes -= bytesOf(user, gone);
      for (int i = 0; i < gone.size(); i++) {
        counts.remove(gone.item(i), gone.events(i));
      }
    }
  }

  /** The items {@code user} interacted with since the model's snapshot, with positive weights. */
  Map<String, Float> forUser(String user) {
    LiveUserItems mine = users.get(user);
    return mine == null ? Map.of() : mine.asMap();
  }

  /** Interactions per item index of the current catalogue since the model's snapshot. */
  IntToDoubleFunction popularity() {
    return counts.popularity();
  }

  /** The estimated heap bytes of every user's set, at most the budget. */
  synchronized long bytes() {
    return bytes;
  }

  /** How many (user, item) entries are held. */
  synchronized long entries() {
    return users.values().stream().mapToLong(LiveUserItems::size).sum();
  }

  /** How many users have entries. */
  int users() {
    return users.size();
  }

  private long bytesOf(String user, LiveUserItems items) {
    return LiveUserItems.USER_BYTES + LiveUserItems.stringBytes(user) + items.entryBytes();
  }

  private void evictOverBudget() {
    Iterator<String> oldest = byUpdate.keySet().iterator();
    while (bytes > budgetBytes && oldest.hasNext()) {
      String user = oldest.next();
      oldest.remove();
      bytes -= bytesOf(user, users.remove(user));
    }
  }
}
