package dev.affectrec.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of what a store holds.
 *
 * @param users number of user records
 * @param items number of item records
 * @param events number of events
 * @param eventsByType event wire type to count; types with no events are absent; never null
 */
public record StoreStats(long users, long items, long events, Map<String, Long> eventsByType) {

  /** Copies the map into a sorted, unmodifiable one. */
  public StoreStats {
    eventsByType = java.util.Collections.unmodifiableMap(new TreeMap<>(eventsByType));
  }
}
