package dev.affectrec.spark;

import dev.affectrec.api.event.EventContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the events of one (user, item) pair add up to, built on the executors and merged by Spark:
 * the summed feedback weight, the latest time, the first event (for the store's pair order), the
 * satisfaction signals, the latest non-empty context and the ids of the pair's reviews. The tally
 * under the empty key counts the snapshot instead: events, skipped, withheld and the newest time.
 * Mutable; {@link #merge} is associative and commutative, as Spark's reduce needs.
 */
final class PairTally implements Serializable {
  private static final long serialVersionUID = 1L;

  double weight;
  long lastSecond = Long.MIN_VALUE;
  long firstTimeUs = Long.MAX_VALUE;
  String firstId;
  final List<double[]> satisfaction = new ArrayList<>(1);
  String[] context;
  long contextTimeUs = Long.MIN_VALUE;
  String contextId;
  final List<String> reviewIds = new ArrayList<>(1);

  long events;
  long skipped;
  long withheld;
  long newestUs = Long.MIN_VALUE;

  /** A snapshot count of one event at {@code timeUs}. */
  static PairTally counted(long timeUs) {
    PairTally t = new PairTally();
    t.events = 1;
    t.newestUs = timeUs;
    return t;
  }

  /** Records the first event of the pair, for its place in the store's order. */
  void first(long timeUs, String id) {
    if (timeUs < firstTimeUs || (timeUs == firstTimeUs && id.compareTo(firstId) < 0)) {
      firstTimeUs = timeUs;
      firstId = id;
    }
  }

  /** Keeps {@code c} when it is the latest non-empty context of the pair. */
  void context(EventContext c, long timeUs, String id) {
    if (c.isEmpty()) {
      return;
    }
    if (timeUs > contextTimeUs || (timeUs == contextTimeUs && id.compareTo(contextId) > 0)) {
      context = new String[] {c.device(), c.channel(), c.location(), c.locale(), c.session()};
      contextTimeUs = timeUs;
      contextId = id;
    }
  }

  /** The latest non-empty context, or null. */
  EventContext context() {
    return context == null
        ? null
        : new EventContext(context[0], context[1], context[2], context[3], context[4]);
  }

  /** This tally with {@code other} added in; returns this. */
  PairTally merge(PairTally other) {
    weight += other.weight;
    lastSecond = Math.max(lastSecond, other.lastSecond);
    if (other.firstId != null) {
      first(other.firstTimeUs, other.firstId);
    }
    satisfaction.addAll(other.satisfaction);
    if (other.context != null
        && (other.contextTimeUs > contextTimeUs
            || (other.contextTimeUs == contextTimeUs
                && other.contextId.compareTo(contextId) > 0))) {
      context = other.context;
      contextTimeUs = other.contextTimeUs;
      contextId = other.contextId;
    }
    reviewIds.addAll(other.reviewIds);
    events += other.events;
    skipped += other.skipped;
    withheld += other.withheld;
    newestUs = Math.max(newestUs, other.newestUs);
    return this;
  }
}
