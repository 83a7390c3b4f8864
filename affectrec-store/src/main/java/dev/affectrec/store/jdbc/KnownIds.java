package dev.affectrec.store.jdbc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, least-recently-used set of user or item ids known to have a row, so that event batches
 * skip the {@code INSERT ... ON CONFLICT DO NOTHING} of ids stored by earlier batches. Ids are
 * added only after the transaction that stored them committed. Thread-safe.
 *
 * <p>The cache is per store instance: a row deleted by another process (another server on the same
 * PostgreSQL database) stays "known" here until evicted, and an event stored meanwhile would lack
 * its bare user row; deletes through this instance evict the id at once.
 */
final class KnownIds {
  private final Map<String, Boolean> ids;

  KnownIds(int capacity) {
    this.ids =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized boolean contains(String id) {
    return ids.get(id) != null;
  }

  synchronized void addAll(Collection<String> stored) {
    for (String id : stored) {
      ids.put(id, Boolean.TRUE);
    }
  }

  synchronized void remove(String id) {
    ids.remove(id);
  }
}
