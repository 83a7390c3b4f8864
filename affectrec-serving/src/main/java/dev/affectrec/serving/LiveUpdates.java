package dev.affectrec.serving;

import dev.affectrec.api.event.Event;
import dev.affectrec.recommend.data.IdIndex;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntToDoubleFunction;

/**
 * The positive interactions that arrived after the served model's training snapshot: per user (item
 * to summed weight, for fold-in) and per item (a count added to popularity). Each accepted event
 * gets a sequence number; when a model trained on a snapshot taken at sequence {@code s} goes into
 * service, {@link #rebase} drops everything up to {@code s} and re-indexes the rest for the new
 * model's catalogue. Writers are serialised; readers never block. The log keeps at most {@link
 * #MAX_LOG} deltas (the oldest are dropped first; the next retraining covers them).
 */
final class LiveUpdates {
  static final int MAX_LOG = 2_000_000;

  private record Delta(long sequence, String user, String item, float weight) {}

  /** What readers see: per-user deltas and per-item counts for one catalogue. */
  private record View(
      IdIndex items,
      AtomicIntegerArray counts,
      ConcurrentHashMap<String, ConcurrentHashMap<String, Float>> users) {

    void apply(Delta d) {
      users
          .computeIfAbsent(d.user(), u -> new ConcurrentHashMap<>())
          .merge(d.item(), d.weight(), Float::sum);
      int i = items == null ? -1 : items.indexOf(d.item());
      if (i >= 0) {
        counts.incrementAndGet(i);
      }
    }
  }

  private final FeedbackWeights weights;
  private final Deque<Delta> log = new ArrayDeque<>();
  private long sequence;
  private volatile View view = new View(null, new AtomicIntegerArray(0), new ConcurrentHashMap<>());

  LiveUpdates(FeedbackWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights is required");
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
    View v = view;
    for (Event e : events) {
      sequence++;
      double w = weights.weight(e);
      if (w > 0 && e.item() != null && !withheld.contains(e.user())) {
        Delta d = new Delta(sequence, e.user(), e.item(), (float) w);
        log.addLast(d);
        if (log.size() > MAX_LOG) {
          log.removeFirst();
        }
        v.apply(d);
      }
    }
  }

  /** The sequence number of the last accepted event (0 before any). */
  synchronized long sequence() {
    return sequence;
  }

  /**
   * Drops the deltas a model trained at {@code watermark} already contains and re-indexes the rest
   * for {@code items}.
   */
  synchronized void rebase(IdIndex items, long watermark) {
    while (!log.isEmpty() && log.peekFirst().sequence() <= watermark) {
      log.removeFirst();
    }
    View fresh = new View(items, new AtomicIntegerArray(items.size()), new ConcurrentHashMap<>());
    log.forEach(fresh::apply);
    view = fresh;
  }

  /** Forgets everything about {@code user} (erasure). */
  synchronized void forget(String user) {
    log.removeIf(d -> d.user().equals(user));
    view.users().remove(user);
  }

  /** The items {@code user} interacted with since the model's snapshot, with positive weights. */
  Map<String, Float> forUser(String user) {
    Map<String, Float> mine = view.users().get(user);
    if (mine == null || mine.isEmpty()) {
      return Map.of();
    }
    Map<String, Float> out = new HashMap<>(mine);
    return Collections.unmodifiableMap(out);
  }

  /** Interactions per item index of the current catalogue since the model's snapshot. */
  IntToDoubleFunction popularity() {
    AtomicIntegerArray counts = view.counts();
    return i -> i < counts.length() ? counts.get(i) : 0;
  }
}
